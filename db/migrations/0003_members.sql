CREATE TABLE `member_dues` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`year` integer NOT NULL,
	`amount` integer NOT NULL,
	`paid_on` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "member_dues_amount_check" CHECK("amount" >= 0),
	CONSTRAINT "member_dues_paid_on_check" CHECK("paid_on" IS NULL OR "paid_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_dues_member_year_idx` ON `member_dues` (`member_id`,`year`);--> statement-breakpoint
CREATE INDEX `member_dues_year_idx` ON `member_dues` (`year`,`member_id`);--> statement-breakpoint
CREATE TABLE `member_positions` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`position` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`branch_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "member_positions_position_check" CHECK("position" IN ('chu_tich', 'pho_chu_tich', 'uy_vien_ban_thuong_vu', 'uy_vien_ban_chap_hanh', 'truong_ban_kiem_tra', 'uy_vien_ban_kiem_tra', 'chi_hoi_truong', 'chi_hoi_pho', 'khac')),
	CONSTRAINT "member_positions_from_check" CHECK("from_date" IS NULL OR "from_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "member_positions_to_check" CHECK("to_date" IS NULL OR "to_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "member_positions_term_check" CHECK("to_date" IS NULL OR "to_date" >= "from_date")
);
--> statement-breakpoint
CREATE INDEX `member_positions_member_idx` ON `member_positions` (`member_id`,`from_date`);--> statement-breakpoint
CREATE INDEX `member_positions_position_idx` ON `member_positions` (`position`,`from_date`,`to_date`);--> statement-breakpoint
CREATE INDEX `member_positions_branch_idx` ON `member_positions` (`branch_id`);--> statement-breakpoint
CREATE TABLE `member_search_words` (
	`word` text NOT NULL,
	`member_id` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_search_words_word_member_idx` ON `member_search_words` (`word`,`member_id`);--> statement-breakpoint
CREATE INDEX `member_search_words_member_idx` ON `member_search_words` (`member_id`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`ho` text DEFAULT '' NOT NULL,
	`dem` text DEFAULT '' NOT NULL,
	`ten` text NOT NULL,
	`full_name` text NOT NULL,
	`gender` text,
	`birth_date` text,
	`birth_precision` text,
	`birth_year` integer,
	`ethnicity` text,
	`phone` text DEFAULT '' NOT NULL,
	`phone_key` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`unit_code` text,
	`unit_name` text DEFAULT '' NOT NULL,
	`branch_id` text NOT NULL,
	`joined_on` text NOT NULL,
	`left_on` text,
	`left_reason` text DEFAULT '' NOT NULL,
	`member_type` text NOT NULL,
	`occupation` text DEFAULT '' NOT NULL,
	`is_collaborator` integer DEFAULT false NOT NULL,
	`is_volunteer` integer DEFAULT false NOT NULL,
	`card_number` text DEFAULT '' NOT NULL,
	`card_key` text DEFAULT '' NOT NULL,
	`card_issued_on` text,
	`notes` text DEFAULT '' NOT NULL,
	`name_key` text NOT NULL,
	`sort_ten` text NOT NULL,
	`sort_ho` text NOT NULL,
	`search_words` text NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "members_gender_check" CHECK("gender" IS NULL OR "gender" IN ('nam', 'nu')),
	CONSTRAINT "members_member_type_check" CHECK("member_type" IN ('ca_nhan', 'danh_du', 'tap_the')),
	CONSTRAINT "members_birth_precision_check" CHECK("birth_precision" IS NULL OR "birth_precision" IN ('day', 'year')),
	CONSTRAINT "members_birth_date_check" CHECK("birth_date" IS NULL OR "birth_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "members_joined_on_check" CHECK("joined_on" IS NULL OR "joined_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "members_left_on_check" CHECK("left_on" IS NULL OR "left_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "members_card_issued_on_check" CHECK("card_issued_on" IS NULL OR "card_issued_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "members_left_after_joined_check" CHECK("left_on" IS NULL OR "left_on" >= "joined_on")
);
--> statement-breakpoint
CREATE INDEX `members_live_ten_idx` ON `members` (`deleted_at`,`sort_ten`,`id`,`joined_on`,`left_on`);--> statement-breakpoint
CREATE INDEX `members_live_ho_idx` ON `members` (`deleted_at`,`sort_ho`,`id`,`joined_on`,`left_on`);--> statement-breakpoint
CREATE INDEX `members_facets_idx` ON `members` (`deleted_at`,`gender`,`ethnicity`,`member_type`,`is_collaborator`,`is_volunteer`,`joined_on`,`left_on`,`branch_id`,`unit_code`);--> statement-breakpoint
CREATE INDEX `members_branch_idx` ON `members` (`branch_id`,`deleted_at`,`joined_on`,`left_on`);--> statement-breakpoint
CREATE INDEX `members_joined_on_idx` ON `members` (`joined_on`);--> statement-breakpoint
CREATE INDEX `members_unit_code_idx` ON `members` (`unit_code`);--> statement-breakpoint
CREATE INDEX `members_name_key_idx` ON `members` (`name_key`,`birth_year`);--> statement-breakpoint
CREATE INDEX `members_phone_key_idx` ON `members` (`phone_key`);--> statement-breakpoint
CREATE INDEX `members_card_key_idx` ON `members` (`card_key`);