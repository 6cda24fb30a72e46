import type Database from 'better-sqlite3';
import { migrateDatabase } from '../../db/migrate';
import { LOCAL_BACKUP_DIR, makeLocalBackup } from './backup/local-backups';
import type { Logger } from './logger';

export const AUTOMATIC_BACKUP_DIR = LOCAL_BACKUP_DIR;

/**
 * Applies pending migrations; when the database already holds data, an automatic local backup
 * (the backup container, unencrypted, reason `truoc-cap-nhat`) is taken first into the data
 * folder's `backups/`, where the rotation keeps it among the last event backups.
 */
export async function migrateWithBackup(
  sqlite: Database.Database,
  options: { dataDir: string; migrationsDir: string; now: () => Date; logger: Logger; appVersion: string },
): Promise<void> {
  const summary = await migrateDatabase(sqlite, {
    folder: options.migrationsDir,
    backup: async () => {
      await makeLocalBackup(sqlite, 'truoc-cap-nhat', options);
    },
  });
  if (summary.applied.length > 0) {
    options.logger.info('database.migrated', { detail: `${summary.applied.length} migration(s); backup: ${summary.backedUp ? 'yes' : 'no'}` });
  }
}
