import { copyFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { checkFile } from './file-checks';
import { BackupProblem } from './problems';
import type { SchemaVersion } from './schema-version';
import { schemaVersionOf } from './schema-version';

/**
 * The consistent copy of the live database that goes into a backup, and the checks every backup
 * passes before anyone relies on it.
 */
export interface SnapshotFacts {
  tables: Record<string, number>;
  organizationId: string | null;
  organizationName: string | null;
  schema: SchemaVersion;
}

/** Pages copied per step of the online backup (8 MiB at 4 KiB pages); the event loop runs between steps. */
const PAGES_PER_STEP = 2048;

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function userTables(sqlite: Database.Database): string[] {
  const rows = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return rows.map((row) => row.name);
}

export function countRows(sqlite: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of userTables(sqlite)) {
    counts[name] = (sqlite.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(name)}`).get() as { n: number }).n;
  }
  return counts;
}

function hasTable(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** The organisation's id and the name in force at `at` (any schema version: older ones may lack the tables). */
export function organizationOf(sqlite: Database.Database, at: string): { id: string | null; name: string | null } {
  const id = hasTable(sqlite, 'organizations') ? ((sqlite.prepare('SELECT id FROM organizations ORDER BY created_at LIMIT 1').get() as { id: string } | undefined)?.id ?? null) : null;
  if (!hasTable(sqlite, 'organization_profiles')) return { id, name: null };
  const day = at.slice(0, 10);
  const row = (sqlite.prepare('SELECT name FROM organization_profiles WHERE valid_from <= ? ORDER BY valid_from DESC LIMIT 1').get(day) ??
    sqlite.prepare('SELECT name FROM organization_profiles ORDER BY valid_from LIMIT 1').get()) as { name: string } | undefined;
  return { id, name: row?.name ?? null };
}

/**
 * The fast way: when a checkpoint can move the whole -wal into the database file (no reader holds
 * an older view), the file alone is the database; it is copied synchronously, so nothing in this
 * process writes meanwhile (and no other process opens the data folder).
 */
function copyCheckpointed(sqlite: Database.Database, path: string): boolean {
  const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
  if (!result || result.busy !== 0 || result.log !== 0) return false;
  copyFileSync(sqlite.name, path);
  return true;
}

/**
 * Copies the live database consistently — a checkpointed file copy, or else SQLite's online
 * backup API (consistent even while it is being written, WAL included) — into a single
 * self-contained file (rollback journal, no -wal), and describes it: row counts per table, the
 * organisation, the schema version.
 */
export async function takeSnapshot(sqlite: Database.Database, path: string, options: { at: string; migrationsDir: string }): Promise<SnapshotFacts> {
  await removeDatabaseFiles(path);
  if (!copyCheckpointed(sqlite, path)) await sqlite.backup(path, { progress: () => PAGES_PER_STEP });
  const copy = new Database(path, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const organization = organizationOf(copy, options.at);
    return { tables: countRows(copy), organizationId: organization.id, organizationName: organization.name, schema: schemaVersionOf(copy, options.migrationsDir) };
  } finally {
    copy.close();
  }
}

export async function removeDatabaseFiles(path: string): Promise<void> {
  for (const suffix of ['', '-journal', '-wal', '-shm']) await rm(`${path}${suffix}`, { force: true });
}

/**
 * The checks of a verified backup, on a read-only connection in a worker thread (file-checks.ts):
 * integrity, foreign keys, and — when `expected` is given — the row count of every table against
 * the manifest. Returns the counts.
 */
export async function checkDatabaseFile(path: string, expected?: Record<string, number>, onFallback?: (error: unknown) => void): Promise<Record<string, number>> {
  const checks = await checkFile(path, onFallback);
  if (!checks.integrityOk) throw new BackupProblem('integrity');
  if (!checks.foreignKeysOk) throw new BackupProblem('foreignKeys');
  if (expected && !sameCounts(checks.tables, expected)) throw new BackupProblem('manifestMismatch');
  return checks.tables;
}

function sameCounts(actual: Record<string, number>, expected: Record<string, number>): boolean {
  const names = Object.keys(actual).sort();
  return names.join('\n') === Object.keys(expected).sort().join('\n') && names.every((name) => actual[name] === expected[name]);
}
