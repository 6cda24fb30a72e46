import { text } from 'drizzle-orm/sqlite-core';

/**
 * Column helpers shared by every table. Each helper returns fresh builders so that no builder
 * object is shared between tables.
 *
 * - Ids are UUIDv7 strings (see `db/ids.ts`): globally unique, so records can later be merged
 *   between offices, and time-ordered, so they index well.
 * - Instants are ISO-8601 UTC text with milliseconds (`2024-01-05T03:00:00.000Z`); they sort
 *   correctly as text. No SQL default: the clock is injected by the caller.
 * - Calendar dates are `YYYY-MM-DD` text (see `isoDate`).
 */

/** Primary key: a UUIDv7 string. */
export const id = () => text('id').primaryKey();

/** `created_at` and `updated_at`, ISO instants in UTC. */
export const timestamps = () => ({
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Soft deletion for people and cases: `deleted_at` is the instant of deletion, null while the
 * row is live. Rows are never hard-deleted, so they can be merged between offices.
 */
export const deletedAt = () => ({
  deletedAt: text('deleted_at'),
});

/** A calendar date column (`YYYY-MM-DD` text). */
export const isoDate = (name: string) => text(name);

/** SQL fragment checking that a date column holds `YYYY-MM-DD` (or is null). */
export function isoDateCheckSql(column: string): string {
  return `"${column}" IS NULL OR "${column}" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
}

/** SQL fragment checking that a text column holds one of the listed values. */
export function oneOfSql(column: string, values: readonly string[]): string {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
  return `"${column}" IN (${list})`;
}
