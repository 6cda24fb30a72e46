import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { UNIT_FLAG_KINDS } from '../../shared/schemas/organization-kinds';
import { id, isoDate, isoDateCheckSql, oneOfSql, timestamps } from './common';

/**
 * Per-period flags of a commune (domain.md §6.3, §6.4 item 4): e.g. "xã khu vực III" from
 * 04/06/2021 to 31/12/2025 by QĐ 861/QĐ-TTg. Never a boolean on the unit: each flag has its
 * period and the decision behind it. The unit is referenced by code, like `parent_code`, so a
 * rename (a new version of the unit) keeps its flags. `valid_to` is inclusive, null = open.
 */
export const adminUnitFlags = sqliteTable(
  'admin_unit_flags',
  {
    id: id(),
    unitCode: text('unit_code').notNull(),
    kind: text('kind', { enum: UNIT_FLAG_KINDS }).notNull(),
    validFrom: isoDate('valid_from').notNull(),
    validTo: isoDate('valid_to'),
    decision: text('decision').notNull(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('admin_unit_flags_code_kind_from_unique').on(table.unitCode, table.kind, table.validFrom),
    index('admin_unit_flags_unit_code_idx').on(table.unitCode),
    check('admin_unit_flags_kind_check', sql.raw(oneOfSql('kind', UNIT_FLAG_KINDS))),
    check('admin_unit_flags_valid_from_check', sql.raw(isoDateCheckSql('valid_from'))),
    check('admin_unit_flags_valid_to_check', sql.raw(isoDateCheckSql('valid_to'))),
    check('admin_unit_flags_range_check', sql.raw(`"valid_to" IS NULL OR "valid_from" <= "valid_to"`)),
  ],
);

export type AdminUnitFlag = typeof adminUnitFlags.$inferSelect;
export type NewAdminUnitFlag = typeof adminUnitFlags.$inferInsert;
