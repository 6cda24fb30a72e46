CREATE TABLE `admin_units` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	`valid_from` text,
	`valid_to` text,
	`decision` text,
	`search_key` text NOT NULL,
	`sort_key` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "admin_units_kind_check" CHECK("kind" IN ('tinh', 'thanh_pho', 'huyen', 'thi_xa', 'xa', 'phuong', 'thi_tran', 'dac_khu')),
	CONSTRAINT "admin_units_level_check" CHECK("level" IN ('province', 'district', 'commune')),
	CONSTRAINT "admin_units_parent_check" CHECK(("level" = 'province') = ("parent_code" IS NULL)),
	CONSTRAINT "admin_units_valid_from_check" CHECK("valid_from" IS NULL OR "valid_from" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "admin_units_valid_to_check" CHECK("valid_to" IS NULL OR "valid_to" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "admin_units_valid_range_check" CHECK("valid_from" IS NULL OR "valid_to" IS NULL OR "valid_from" <= "valid_to")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `admin_units_code_valid_from_unique` ON `admin_units` (`code`,`valid_from`);--> statement-breakpoint
CREATE INDEX `admin_units_parent_code_idx` ON `admin_units` (`parent_code`);--> statement-breakpoint
CREATE INDEX `admin_units_search_key_idx` ON `admin_units` (`search_key`);--> statement-breakpoint
CREATE INDEX `admin_units_sort_key_idx` ON `admin_units` (`sort_key`);--> statement-breakpoint
CREATE TABLE `organization_profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`valid_from` text NOT NULL,
	`name` text NOT NULL,
	`parent_line` text DEFAULT '' NOT NULL,
	`abbreviation` text NOT NULL,
	`place_name` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`signers` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "organization_profiles_valid_from_check" CHECK("valid_from" IS NULL OR "valid_from" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "organization_profiles_signers_check" CHECK(json_valid("signers") AND json_type("signers") = 'array')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_profiles_org_valid_from_unique` ON `organization_profiles` (`organization_id`,`valid_from`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
