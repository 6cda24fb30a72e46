import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, isoDate, isoDateCheckSql, timestamps } from './common';

/**
 * Old unit → new unit links of a reorganisation (many old communes to one new commune), with the
 * decision, its date, and the first day the new unit applies. Reports group records kept under
 * old units by following these links forward (electron/core/units/mapping.ts).
 */
export const adminUnitMappings = sqliteTable(
  'admin_unit_mappings',
  {
    id: id(),
    oldCode: text('old_code').notNull(),
    newCode: text('new_code').notNull(),
    /** First day the new unit takes over (the old unit's last day is the day before). */
    validFrom: isoDate('valid_from').notNull(),
    decision: text('decision').notNull(),
    decisionDate: isoDate('decision_date'),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('admin_unit_mappings_old_from_unique').on(table.oldCode, table.validFrom),
    index('admin_unit_mappings_new_code_idx').on(table.newCode),
    check('admin_unit_mappings_distinct_check', sql.raw(`"old_code" <> "new_code"`)),
    check('admin_unit_mappings_valid_from_check', sql.raw(isoDateCheckSql('valid_from'))),
    check('admin_unit_mappings_decision_date_check', sql.raw(isoDateCheckSql('decision_date'))),
  ],
);

export type AdminUnitMapping = typeof adminUnitMappings.$inferSelect;
export type NewAdminUnitMapping = typeof adminUnitMappings.$inferInsert;
