import type Database from 'better-sqlite3';
import { MIGRATIONS_TABLE, readMigrations } from '../../../db/migrate';

/**
 * The schema version of a database is its last applied migration: drizzle's `created_at` (the
 * journal's `when`, which is how drizzle decides what is pending) and, when this app knows it,
 * the migration's tag.
 */
export interface SchemaVersion {
  tag: string;
  created: number;
}

const NONE: SchemaVersion = { tag: '', created: 0 };

function tagOf(created: number, migrationsDir: string): string {
  return readMigrations(migrationsDir).find((migration) => migration.folderMillis === created)?.tag ?? `#${created}`;
}

function appliedRows(sqlite: Database.Database): { hash: string; created: number }[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
  if (!table) return [];
  const rows = sqlite.prepare(`SELECT hash, created_at AS created FROM "${MIGRATIONS_TABLE}" ORDER BY created_at`).all() as { hash: string; created: number | string }[];
  return rows.map((row) => ({ hash: row.hash, created: Number(row.created) }));
}

export function schemaVersionOf(sqlite: Database.Database, migrationsDir: string): SchemaVersion {
  const last = appliedRows(sqlite).at(-1);
  return last ? { tag: tagOf(last.created, migrationsDir), created: last.created } : NONE;
}

/** The newest schema this app can open: the last migration it ships. */
export function appSchemaVersion(migrationsDir: string): SchemaVersion {
  const last = readMigrations(migrationsDir).at(-1);
  return last ? { tag: last.tag, created: last.folderMillis } : NONE;
}

/**
 * True when the database holds a migration this app does not ship (a newer app made it): the
 * app could not keep it consistent, so it must not be restored.
 */
export function hasUnknownMigrations(sqlite: Database.Database, migrationsDir: string): boolean {
  const known = new Set(readMigrations(migrationsDir).map((migration) => migration.hash));
  const newest = appSchemaVersion(migrationsDir).created;
  return appliedRows(sqlite).some((row) => row.created > newest || !known.has(row.hash));
}
