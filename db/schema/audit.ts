import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The append-only audit trail. Triggers (db/triggers.ts) reject UPDATE and DELETE; each row's
 * `hash` is an HMAC over the row and the previous row's hash, so an edited or removed row breaks
 * the chain. Rows have only `created_at`: they are never updated.
 *
 * `detail` never holds personal data: for records about people and children it lists field
 * names only (electron/core/audit/changes.ts decides).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    createdAt: text('created_at').notNull(),
    accountId: text('account_id'),
    /** The account's display name at the time, so the trail reads well after renames. */
    accountName: text('account_name'),
    /** What happened: write, login.succeeded, login.failed, refused, lock, unlock, … */
    action: text('action').notNull(),
    method: text('method'),
    entity: text('entity'),
    recordId: text('record_id'),
    /** JSON: changed fields (with old/new values only for organisational records), or a reason code. */
    detail: text('detail'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_log_created_at_idx').on(table.createdAt),
    index('audit_log_account_idx').on(table.accountId),
    index('audit_log_entity_idx').on(table.entity),
  ],
);

/**
 * The chain's head, kept outside the audit table: the last row's number and hash and the row
 * count, with a MAC of its own. A cut-off tail leaves the head pointing past the last row.
 */
export const auditHead = sqliteTable('audit_head', {
  id: integer('id').primaryKey(),
  lastSeq: integer('last_seq').notNull(),
  rowCount: integer('row_count').notNull(),
  lastHash: text('last_hash').notNull(),
  mac: text('mac').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;
export type AuditHeadRow = typeof auditHead.$inferSelect;
