import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Copies a live database (WAL included) to `destPath` with SQLite's online backup API, then
 * checks the copy with `PRAGMA integrity_check` before giving it its final name. Refuses to
 * overwrite an existing file: an older backup is never destroyed by a newer one.
 */
export async function backupDatabaseFile(sqlite: Database.Database, destPath: string): Promise<void> {
  if (existsSync(destPath)) throw new Error(`Backup target already exists: ${destPath}`);
  await mkdir(dirname(destPath), { recursive: true });
  const partPath = `${destPath}.part`;
  await rm(partPath, { force: true });
  try {
    await sqlite.backup(partPath);
    verifyDatabaseFile(partPath);
    await rename(partPath, destPath);
  } catch (error) {
    await rm(partPath, { force: true });
    throw error;
  }
}

/** Opens a database file read-only and throws unless `PRAGMA integrity_check` says 'ok'. */
export function verifyDatabaseFile(path: string): void {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`Backup failed integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
}
