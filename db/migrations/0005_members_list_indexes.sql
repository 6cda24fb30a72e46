DROP INDEX `members_facets_idx`;--> statement-breakpoint
DROP INDEX `members_live_ten_idx`;--> statement-breakpoint
DROP INDEX `members_live_ho_idx`;--> statement-breakpoint
DROP INDEX `members_branch_idx`;--> statement-breakpoint
DROP INDEX `members_joined_on_idx`;--> statement-breakpoint
DROP INDEX `members_unit_code_idx`;--> statement-breakpoint
CREATE INDEX `members_status_idx` ON `members` (`deleted_at`,`left_on`,`joined_on`);--> statement-breakpoint
CREATE INDEX `members_ethnicity_idx` ON `members` (`ethnicity`,`deleted_at`,`gender`,`joined_on`,`left_on`,`member_type`,`is_collaborator`,`is_volunteer`,`branch_id`,`unit_code`);--> statement-breakpoint
CREATE INDEX `members_collaborator_idx` ON `members` (`is_collaborator`,`deleted_at`,`gender`,`joined_on`,`left_on`,`ethnicity`,`member_type`,`is_volunteer`,`branch_id`,`unit_code`);--> statement-breakpoint
CREATE INDEX `members_volunteer_idx` ON `members` (`is_volunteer`,`deleted_at`,`gender`,`joined_on`,`left_on`,`ethnicity`,`member_type`,`is_collaborator`,`branch_id`,`unit_code`);--> statement-breakpoint
CREATE INDEX `members_gender_idx` ON `members` (`gender`,`deleted_at`,`joined_on`,`left_on`,`ethnicity`,`member_type`,`is_collaborator`,`is_volunteer`,`branch_id`,`unit_code`);--> statement-breakpoint
CREATE INDEX `members_live_ten_idx` ON `members` (`deleted_at`,`sort_ten`,`id`,`joined_on`,`left_on`,`gender`,`ethnicity`,`member_type`,`is_collaborator`,`is_volunteer`,`branch_id`,`unit_code`,`search_words`);--> statement-breakpoint
CREATE INDEX `members_live_ho_idx` ON `members` (`deleted_at`,`sort_ho`,`id`,`joined_on`,`left_on`,`gender`,`ethnicity`,`member_type`,`is_collaborator`,`is_volunteer`,`branch_id`,`unit_code`,`search_words`);--> statement-breakpoint
CREATE INDEX `members_branch_idx` ON `members` (`branch_id`,`deleted_at`,`gender`,`joined_on`,`left_on`,`ethnicity`,`member_type`,`is_collaborator`,`is_volunteer`,`unit_code`);--> statement-breakpoint
CREATE INDEX `members_joined_on_idx` ON `members` (`joined_on`,`deleted_at`,`gender`,`left_on`,`ethnicity`,`member_type`,`is_collaborator`,`is_volunteer`,`branch_id`,`unit_code`);--> statement-breakpoint
CREATE INDEX `members_unit_code_idx` ON `members` (`unit_code`,`deleted_at`,`gender`,`joined_on`,`left_on`,`ethnicity`,`member_type`,`is_collaborator`,`is_volunteer`,`branch_id`);