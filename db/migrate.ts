import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterMigrations as appAfterMigrations } from './triggers';

/**
 * The safe migrator. It applies drizzle-kit's SQL migrations itself instead of calling drizzle's
 * `migrate()`, because of how drizzle-kit changes a table in SQLite: for most column changes it
 * rebuilds the table (CREATE `__new_x`, copy the rows, DROP `x`, RENAME `__new_x` TO `x`) between
 * `PRAGMA foreign_keys=OFF` and `=ON`. drizzle's migrator runs every statement inside one
 * transaction, and SQLite ignores `PRAGMA foreign_keys` inside a transaction: with foreign keys
 * on (as every app connection has them, see client.ts) the DROP performs an implicit DELETE that
 * cascades into the child tables — `ON DELETE CASCADE` children vanish without an error
 * (drizzle-orm issue #5782). tests/migrations/table-rebuild.test.ts shows both sides.
 *
 * So: foreign keys go OFF outside any transaction, then one `BEGIN IMMEDIATE` transaction runs
 * every pending migration, records each in drizzle's own `__drizzle_migrations` table (same
 * columns and values as drizzle's migrator, so drizzle tooling still sees them), runs
 * `PRAGMA foreign_key_check` and commits only if it returns nothing; foreign keys go back ON
 * whatever happens.
 */

export const MIGRATIONS_TABLE = '__drizzle_migrations';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  constructor(
    message: string,
    readonly tables: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface PendingMigration {
  tag: string;
  /** The journal's `when`; stored as `created_at`, and what drizzle compares to find pending ones. */
  folderMillis: number;
  hash: string;
  statements: string[];
}

export interface MigrateOptions {
  /** Folder written by drizzle-kit (with `meta/_journal.json`). */
  folder: string;
  /**
   * Called before anything changes when migrations are pending on a database that already has
   * applied migrations (so holds data); the caller makes a file backup (see backupDatabaseFile).
   * If it throws, nothing is migrated.
   */
  backup?: (reason: string) => void | Promise<void>;
  /**
   * Runs inside the migration transaction after the last pending migration and before the
   * foreign-key check; only when at least one migration was applied. Defaults to
   * `afterMigrations` from db/triggers.ts (hand-written triggers).
   */
  afterMigrations?: (sqlite: Database.Database) => void;
}

export interface MigrationSummary {
  applied: string[];
  backedUp: boolean;
}

interface JournalEntry {
  tag: string;
  when: number;
}

function readJournalTags(folder: string): string[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries.map((entry) => entry.tag);
}

/** Every migration in the folder, in journal order, with its tag. */
export function readMigrations(folder: string): PendingMigration[] {
  const tags = readJournalTags(folder);
  return readMigrationFiles({ migrationsFolder: folder }).map((migration, index) => ({
    tag: tags[index] ?? `#${index}`,
    folderMillis: migration.folderMillis,
    hash: migration.hash,
    statements: migration.sql,
  }));
}

function migrationsTableExists(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare(`SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATIONS_TABLE);
  return row !== undefined;
}

/** created_at of the last applied migration, or null when none was applied. */
function lastAppliedMillis(sqlite: Database.Database): number | null {
  if (!migrationsTableExists(sqlite)) return null;
  const row = sqlite
    .prepare(`SELECT created_at AS createdAt FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`)
    .get() as { createdAt: number | string } | undefined;
  return row === undefined ? null : Number(row.createdAt);
}

/**
 * Migrations not yet applied. Same rule as drizzle's migrator: a migration is pending when its
 * folderMillis is later than the created_at of the last applied one.
 */
export function pendingMigrations(sqlite: Database.Database, folder: string): PendingMigration[] {
  const last = lastAppliedMillis(sqlite);
  const all = readMigrations(folder);
  return last === null ? all : all.filter((migration) => migration.folderMillis > last);
}

function setForeignKeys(sqlite: Database.Database, on: boolean): void {
  sqlite.pragma(`foreign_keys = ${on ? 'ON' : 'OFF'}`);
  const actual = sqlite.pragma('foreign_keys', { simple: true });
  if (actual !== (on ? 1 : 0)) {
    throw new MigrationError(`Could not turn foreign keys ${on ? 'on' : 'off'}`);
  }
}

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

function foreignKeyViolationTables(sqlite: Database.Database): string[] {
  const rows = sqlite.pragma('foreign_key_check') as ForeignKeyViolation[];
  return [...new Set(rows.map((row) => `${row.table} → ${row.parent}`))];
}

function applyOne(sqlite: Database.Database, migration: PendingMigration): void {
  for (const statement of migration.statements) {
    try {
      sqlite.exec(statement);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(`Migration ${migration.tag} failed: ${reason}`, [], {
        cause: error,
      });
    }
  }
  sqlite
    .prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`)
    .run(migration.hash, migration.folderMillis);
}

/** The transaction body: runs with foreign keys already OFF. Returns the applied tags. */
function applyPending(sqlite: Database.Database, options: MigrateOptions): string[] {
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    // Same DDL as drizzle's migrator (including its quirky `id SERIAL`), so both agree.
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    );
    // Recomputed under the write lock: another connection may have migrated meanwhile.
    const pending = pendingMigrations(sqlite, options.folder);
    for (const migration of pending) applyOne(sqlite, migration);
    if (pending.length > 0) (options.afterMigrations ?? appAfterMigrations)(sqlite);
    const violations = foreignKeyViolationTables(sqlite);
    if (violations.length > 0) {
      throw new MigrationError(`Migrations left foreign-key violations in: ${violations.join(', ')}`, violations);
    }
    sqlite.exec('COMMIT');
    return pending.map((migration) => migration.tag);
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Brings the database up to date with the migrations in `options.folder`. Idempotent: with
 * nothing pending it changes nothing and calls no backup.
 */
export async function migrateDatabase(sqlite: Database.Database, options: MigrateOptions): Promise<MigrationSummary> {
  if (sqlite.inTransaction) throw new MigrationError('migrateDatabase must not run inside a transaction');
  const pending = pendingMigrations(sqlite, options.folder);
  if (pending.length === 0) return { applied: [], backedUp: false };

  let backedUp = false;
  if (lastAppliedMillis(sqlite) !== null && options.backup !== undefined) {
    await options.backup(`before migrations ${pending.map((migration) => migration.tag).join(', ')}`);
    backedUp = true;
  }
  // Outside any transaction: inside one this pragma is silently ignored.
  setForeignKeys(sqlite, false);
  try {
    return { applied: applyPending(sqlite, options), backedUp };
  } finally {
    setForeignKeys(sqlite, true);
  }
}
