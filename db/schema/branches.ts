import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { BRANCH_KINDS } from '../../shared/schemas/organization-kinds';
import { id, isoDate, isoDateCheckSql, oneOfSql, timestamps } from './common';

/**
 * The association's own tree (domain.md §6.4 item 3): district and commune associations, chi
 * hội, liaison networks, clubs. It links to administrative units but is a separate hierarchy.
 *
 * - `parent_id`: the branch it belongs to (null = directly under the provincial association).
 *   Cycles are refused by the core (electron/core/branches/tree-rules.ts).
 * - `unit_code` + `unit_name`: the administrative unit valid on `founded_on`, by code (the
 *   version is the one valid that day) with its name then as a snapshot, so a branch founded
 *   before the 2025 reform keeps its old commune.
 * - `dissolved_on` (inclusive last day of activity is the day before) and its reason.
 * - `search_key` folds the name and the unit's name; `sort_key` sorts by the name (Vietnamese).
 */
export const branches = sqliteTable(
  'branches',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind', { enum: BRANCH_KINDS }).notNull(),
    parentId: text('parent_id').references((): AnySQLiteColumn => branches.id, { onDelete: 'restrict' }),
    unitCode: text('unit_code').notNull(),
    unitName: text('unit_name').notNull(),
    foundedOn: isoDate('founded_on').notNull(),
    foundingDecisionNo: text('founding_decision_no').notNull().default(''),
    foundingDecisionDate: isoDate('founding_decision_date'),
    dissolvedOn: isoDate('dissolved_on'),
    dissolutionReason: text('dissolution_reason').notNull().default(''),
    leaderName: text('leader_name').notNull().default(''),
    leaderTitle: text('leader_title').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    address: text('address').notNull().default(''),
    notes: text('notes').notNull().default(''),
    searchKey: text('search_key').notNull(),
    sortKey: text('sort_key').notNull(),
    ...timestamps(),
  },
  (table) => [
    index('branches_parent_id_idx').on(table.parentId),
    index('branches_unit_code_idx').on(table.unitCode),
    index('branches_search_key_idx').on(table.searchKey),
    index('branches_sort_key_idx').on(table.sortKey),
    index('branches_founded_on_idx').on(table.foundedOn),
    check('branches_kind_check', sql.raw(oneOfSql('kind', BRANCH_KINDS))),
    check('branches_not_own_parent_check', sql.raw(`"parent_id" IS NULL OR "parent_id" <> "id"`)),
    check('branches_founded_on_check', sql.raw(isoDateCheckSql('founded_on'))),
    check('branches_decision_date_check', sql.raw(isoDateCheckSql('founding_decision_date'))),
    check('branches_dissolved_on_check', sql.raw(isoDateCheckSql('dissolved_on'))),
    check('branches_dissolved_after_founded_check', sql.raw(`"dissolved_on" IS NULL OR "dissolved_on" >= "founded_on"`)),
  ],
);

export type Branch = typeof branches.$inferSelect;
export type NewBranch = typeof branches.$inferInsert;
