import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export interface OpenDatabaseOptions {
  readonly?: boolean;
}

export interface OpenedDatabase {
  sqlite: Database.Database;
  db: BetterSQLite3Database<typeof schema>;
}

/** Milliseconds a connection waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Pragmas applied to every connection (they are per connection, except journal_mode which is
 * stored in the file):
 * - journal_mode=WAL: readers (backup, reports) do not block the writer and vice versa.
 * - foreign_keys=ON: SQLite's default is OFF, per connection; drizzle does not set it.
 * - busy_timeout: wait for a lock instead of failing at once when the backup or a second
 *   connection holds it.
 * - synchronous=FULL: in WAL mode NORMAL may lose the last committed transactions on a power cut
 *   (the database stays consistent, but the commit is rolled back). The case book records child
 *   protection cases and counselling sessions whose loss cannot be noticed or redone, on office
 *   PCs without a UPS; the write volume is tiny, so we pay the extra fsync per commit.
 */
export function applyConnectionPragmas(sqlite: Database.Database, readonly = false): void {
  if (!readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('synchronous = FULL');
}

/**
 * Opens (or creates) the database file and applies the connection pragmas. Nothing here runs at
 * import time; the caller owns the connection and closes it with `sqlite.close()`.
 * A read-only connection keeps the file's journal mode (WAL persists in the file).
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const readonly = options.readonly === true;
  const sqlite = new Database(file, { readonly, fileMustExist: readonly });
  try {
    applyConnectionPragmas(sqlite, readonly);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = drizzle({ client: sqlite, schema });
  return { sqlite, db };
}
