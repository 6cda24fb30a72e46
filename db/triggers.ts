import type Database from 'better-sqlite3';
import { installMemberTallies } from './member-tally-triggers';

/**
 * Hand-written SQL that drizzle-kit does not manage: the audit trail's append-only triggers, and
 * the triggers that keep the members' per-branch tallies (db/member-tally-triggers.ts).
 *
 * Contract:
 * - `migrateDatabase` calls it inside the migration transaction, after the last pending
 *   migration and before `PRAGMA foreign_key_check`, and only when at least one migration was
 *   applied in that run. A failure rolls every pending migration back.
 * - It is idempotent (`DROP TRIGGER IF EXISTS …; CREATE TRIGGER …`): a table rebuild by
 *   drizzle-kit drops the table's triggers with the old table, and this hook puts them back.
 * - Changing the hook's SQL without a schema change needs an (empty) migration so that it runs:
 *   `drizzle-kit generate --custom --name <what>`.
 * - tests/migrations/triggers.test.ts checks that the triggers exist after all migrations.
 */
export const AUDIT_TRIGGERS = ['audit_log_no_update', 'audit_log_no_delete'] as const;

export function afterMigrations(sqlite: Database.Database): void {
  installMemberTallies(sqlite);
  const auditTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get();
  if (!auditTable) return; // a migration folder without the audit trail (tests' own fixtures)
  sqlite.exec(`
    DROP TRIGGER IF EXISTS audit_log_no_update;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    DROP TRIGGER IF EXISTS audit_log_no_delete;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  `);
}
