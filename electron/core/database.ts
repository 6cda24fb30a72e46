import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabaseFile } from '../../db/backup-file';
import { migrateDatabase } from '../../db/migrate';
import type { Logger } from './logger';

export const AUTOMATIC_BACKUP_DIR = 'backups';

/** A file name for an automatic backup that sorts by time and says why it was made. */
export function automaticBackupName(reason: string, at: Date): string {
  const stamp = at.toISOString().replaceAll(':', '-').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${reason}.sqlite`;
}

/**
 * Applies pending migrations; when the database already holds data, a file backup is taken
 * first into the data folder's `backups/` (the backup issue will wrap it in its container).
 */
export async function migrateWithBackup(
  sqlite: Database.Database,
  options: { dataDir: string; migrationsDir: string; now: () => Date; logger: Logger },
): Promise<void> {
  const summary = await migrateDatabase(sqlite, {
    folder: options.migrationsDir,
    backup: async () => {
      const dir = join(options.dataDir, AUTOMATIC_BACKUP_DIR);
      mkdirSync(dir, { recursive: true });
      await backupDatabaseFile(sqlite, join(dir, automaticBackupName('truoc-cap-nhat', options.now())));
    },
  });
  if (summary.applied.length > 0) {
    options.logger.info('database.migrated', { detail: `${summary.applied.length} migration(s); backup: ${summary.backedUp ? 'yes' : 'no'}` });
  }
}
