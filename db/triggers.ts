import type Database from 'better-sqlite3';

/**
 * Hook for hand-written SQL that drizzle-kit does not manage — triggers first of all (the audit
 * trail will install its triggers here).
 *
 * Contract:
 * - `migrateDatabase` calls it inside the migration transaction, after the last pending
 *   migration and before `PRAGMA foreign_key_check`, and only when at least one migration was
 *   applied in that run. A failure rolls every pending migration back.
 * - It must be idempotent (`DROP TRIGGER IF EXISTS …; CREATE TRIGGER …`): a table rebuild by
 *   drizzle-kit drops the table's triggers with the old table, and this hook puts them back.
 * - Changing the hook's SQL without a schema change needs an (empty) migration so that it runs:
 *   `drizzle-kit generate --custom --name <what>`.
 * - A test must check that the triggers exist after all migrations.
 */
export function afterMigrations(sqlite: Database.Database): void {
  // No hand-written triggers yet.
  void sqlite;
}
