CREATE TABLE `member_branch_tallies` (
	`branch_id` text PRIMARY KEY NOT NULL,
	`live` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `members_status_idx`;--> statement-breakpoint
CREATE INDEX `members_status_idx` ON `members` (`deleted_at`,`left_on`,`joined_on`,`branch_id`);