CREATE TABLE `admin_unit_flags` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_code` text NOT NULL,
	`kind` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`decision` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "admin_unit_flags_kind_check" CHECK("kind" IN ('khu_vuc_iii', 'dac_biet_kho_khan')),
	CONSTRAINT "admin_unit_flags_valid_from_check" CHECK("valid_from" IS NULL OR "valid_from" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "admin_unit_flags_valid_to_check" CHECK("valid_to" IS NULL OR "valid_to" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "admin_unit_flags_range_check" CHECK("valid_to" IS NULL OR "valid_from" <= "valid_to")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `admin_unit_flags_code_kind_from_unique` ON `admin_unit_flags` (`unit_code`,`kind`,`valid_from`);--> statement-breakpoint
CREATE INDEX `admin_unit_flags_unit_code_idx` ON `admin_unit_flags` (`unit_code`);--> statement-breakpoint
CREATE TABLE `admin_unit_mappings` (
	`id` text PRIMARY KEY NOT NULL,
	`old_code` text NOT NULL,
	`new_code` text NOT NULL,
	`valid_from` text NOT NULL,
	`decision` text NOT NULL,
	`decision_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "admin_unit_mappings_distinct_check" CHECK("old_code" <> "new_code"),
	CONSTRAINT "admin_unit_mappings_valid_from_check" CHECK("valid_from" IS NULL OR "valid_from" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "admin_unit_mappings_decision_date_check" CHECK("decision_date" IS NULL OR "decision_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `admin_unit_mappings_old_from_unique` ON `admin_unit_mappings` (`old_code`,`valid_from`);--> statement-breakpoint
CREATE INDEX `admin_unit_mappings_new_code_idx` ON `admin_unit_mappings` (`new_code`);--> statement-breakpoint
CREATE TABLE `branches` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text,
	`unit_code` text NOT NULL,
	`unit_name` text NOT NULL,
	`founded_on` text NOT NULL,
	`founding_decision_no` text DEFAULT '' NOT NULL,
	`founding_decision_date` text,
	`dissolved_on` text,
	`dissolution_reason` text DEFAULT '' NOT NULL,
	`leader_name` text DEFAULT '' NOT NULL,
	`leader_title` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`search_key` text NOT NULL,
	`sort_key` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "branches_kind_check" CHECK("kind" IN ('hoi_cap_huyen', 'hoi_cap_xa', 'chi_hoi_truong_hoc', 'chi_hoi_co_quan', 'chi_hoi_doanh_nghiep', 'mang_lien_ket', 'cau_lac_bo', 'chi_hoi_luat_su', 'khac')),
	CONSTRAINT "branches_not_own_parent_check" CHECK("parent_id" IS NULL OR "parent_id" <> "id"),
	CONSTRAINT "branches_founded_on_check" CHECK("founded_on" IS NULL OR "founded_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "branches_decision_date_check" CHECK("founding_decision_date" IS NULL OR "founding_decision_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "branches_dissolved_on_check" CHECK("dissolved_on" IS NULL OR "dissolved_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "branches_dissolved_after_founded_check" CHECK("dissolved_on" IS NULL OR "dissolved_on" >= "founded_on")
);
--> statement-breakpoint
CREATE INDEX `branches_parent_id_idx` ON `branches` (`parent_id`);--> statement-breakpoint
CREATE INDEX `branches_unit_code_idx` ON `branches` (`unit_code`);--> statement-breakpoint
CREATE INDEX `branches_search_key_idx` ON `branches` (`search_key`);--> statement-breakpoint
CREATE INDEX `branches_sort_key_idx` ON `branches` (`sort_key`);--> statement-breakpoint
CREATE INDEX `branches_founded_on_idx` ON `branches` (`founded_on`);