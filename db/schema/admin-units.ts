import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, isoDate, isoDateCheckSql, oneOfSql, timestamps } from './common';

/**
 * Kinds of administrative unit. 'thanh_pho' covers both a centrally-run city (province level)
 * and a provincial city (district level); 'dac_khu' (special zone) exists from 1 July 2025.
 */
export const ADMIN_UNIT_KINDS = ['tinh', 'thanh_pho', 'huyen', 'thi_xa', 'xa', 'phuong', 'thi_tran', 'dac_khu'] as const;
export type AdminUnitKind = (typeof ADMIN_UNIT_KINDS)[number];

/** The district level ended on 1 July 2025; after that communes hang directly off provinces. */
export const ADMIN_UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export type AdminUnitLevel = (typeof ADMIN_UNIT_LEVELS)[number];

/**
 * Effective-dated versions of administrative units (domain.md §6.4). One row per version: a
 * rename, a change of kind or a move to another parent closes a row (`valid_to`) and opens a new
 * one with the same `code`.
 *
 * - `code`: the statistics office's code as text, leading zeros kept ('24', '213', '07210').
 * - `name`: the official full name including the kind word ('Xã Tân An'); `kind` repeats that
 *   word as data. `search_key` folds the full name; `sort_key` is built from the name without the
 *   kind word, so 'Phường An …' and 'Xã An …' sort together (see `db/admin-unit-keys.ts`).
 * - `parent_code`: the parent's code (null for a province). Parents are referenced by code, not
 *   by row id, so a parent's rename (a new row) does not orphan its children; the parent at a date
 *   is the version of that code valid at that date.
 * - `valid_from`: first day (null = since before records began); `valid_to`: last day, inclusive
 *   (null = still valid).
 * - `decision`: the legal act behind the version's boundary (for rows imported from a dated
 *   snapshot and closed later: the act that ended them).
 */
export const adminUnits = sqliteTable(
  'admin_units',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ADMIN_UNIT_KINDS }).notNull(),
    level: text('level', { enum: ADMIN_UNIT_LEVELS }).notNull(),
    parentCode: text('parent_code'),
    validFrom: isoDate('valid_from'),
    validTo: isoDate('valid_to'),
    decision: text('decision'),
    searchKey: text('search_key').notNull(),
    sortKey: text('sort_key').notNull(),
    ...timestamps(),
  },
  (table) => [
    // SQLite treats NULLs as distinct in a unique index, so two "since before records began"
    // versions of one code are not caught here (an expression index would be, but drizzle-kit
    // 0.31 mangles expression indexes); findOverlappingUnitVersions() checks that and overlaps.
    uniqueIndex('admin_units_code_valid_from_unique').on(table.code, table.validFrom),
    index('admin_units_parent_code_idx').on(table.parentCode),
    index('admin_units_search_key_idx').on(table.searchKey),
    index('admin_units_sort_key_idx').on(table.sortKey),
    check('admin_units_kind_check', sql.raw(oneOfSql('kind', ADMIN_UNIT_KINDS))),
    check('admin_units_level_check', sql.raw(oneOfSql('level', ADMIN_UNIT_LEVELS))),
    check('admin_units_parent_check', sql.raw(`("level" = 'province') = ("parent_code" IS NULL)`)),
    check('admin_units_valid_from_check', sql.raw(isoDateCheckSql('valid_from'))),
    check('admin_units_valid_to_check', sql.raw(isoDateCheckSql('valid_to'))),
    check(
      'admin_units_valid_range_check',
      sql.raw(`"valid_from" IS NULL OR "valid_to" IS NULL OR "valid_from" <= "valid_to"`),
    ),
  ],
);

export type AdminUnit = typeof adminUnits.$inferSelect;
export type NewAdminUnit = typeof adminUnits.$inferInsert;
