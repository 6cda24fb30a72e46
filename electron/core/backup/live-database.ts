import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, type OpenedDatabase } from '../../../db/client';
import { seedDatabase } from '../../../db/seed';
import type { AppDb } from '../../../db/types';
import { createAuditTrail, type AuditTrail } from '../audit/trail';
import { migrateWithBackup } from '../database';
import { errorCodeOf, stackWithoutMessage, type Logger } from '../logger';
import { removeLeftovers } from './local-backups';
import { BackupProblem } from './problems';
import { recoverInterruptedRestore, type RecoveryOutcome } from './swap';

/**
 * The core's one connection to the database, held so that a restore can close it, replace the
 * files and open them again while the rest of the core keeps reading `db` and `sqlite` from here
 * at call time. During the replacement every use is refused with a Vietnamese message.
 */
export interface LiveDatabaseOptions {
  dataDir: string;
  databaseFile: string;
  migrationsDir: string;
  seedDir: string;
  appVersion: string;
  now: () => Date;
  newId: () => string;
  logger: Logger;
  auditKey: Buffer;
}

export interface LiveDatabase {
  readonly db: AppDb;
  readonly sqlite: Database.Database;
  /** The audit trail of whichever database is open. */
  readonly audit: AuditTrail;
  /** True while the files are being replaced. */
  readonly swapping: boolean;
  readonly auditKey: Buffer;
  /** The key a restored audit trail was signed with (another PC's); used from the next open. */
  useAuditKey(key: Buffer): void;
  /** Closes the connection; until `resume`, every use is refused. */
  suspend(): void;
  /** Opens the database again after a replacement: migrations (after a local backup), seed. */
  resume(): Promise<void>;
  close(): void;
}

/** At start-up (not when a restore reopens), an interrupted restore is settled and leftovers removed first. */
async function openAndMigrate(options: LiveDatabaseOptions, atStart: boolean): Promise<{ opened: OpenedDatabase; recovery: RecoveryOutcome }> {
  const recovery: RecoveryOutcome = atStart ? recoverInterruptedRestore(options.dataDir, options.databaseFile) : { outcome: 'none' };
  if (recovery.outcome !== 'none') options.logger.info('restore.recovered', { detail: recovery.outcome });
  if (atStart) await removeLeftovers(options.dataDir);
  const opened = openDatabase(join(options.dataDir, options.databaseFile));
  try {
    const { dataDir, migrationsDir, now, logger, appVersion } = options;
    await migrateWithBackup(opened.sqlite, { dataDir, migrationsDir, now, logger, appVersion });
    seedDatabase(opened.db, { now: now().toISOString(), newId: options.newId, seedDir: options.seedDir });
  } catch (error) {
    options.logger.error('core.start_failed', { code: errorCodeOf(error), stack: stackWithoutMessage(error) });
    opened.sqlite.close();
    throw error;
  }
  return { opened, recovery };
}

function recordRecovery(audit: AuditTrail, recovery: RecoveryOutcome): void {
  if (recovery.outcome === 'none') return;
  const detail = { outcome: recovery.outcome, fileName: recovery.marker?.fileName ?? null, backupCreatedAt: recovery.marker?.backupCreatedAt ?? null };
  audit.record({ action: 'backup.restore.recovered', entity: 'backup', detail });
}

/** Opens the data folder's database, finishing or undoing first a restore a crash interrupted. */
/** The trail of whichever database is open (`current`: it changes with a restore), refused while swapping. */
function guardedTrail(current: () => AuditTrail, guard: () => void): AuditTrail {
  return {
    record: (entry) => (guard(), current().record(entry)),
    recordMany: (entries) => (guard(), current().recordMany(entries)),
    verify: () => (guard(), current().verify()),
  };
}

export async function openLiveDatabase(options: LiveDatabaseOptions): Promise<LiveDatabase> {
  let auditKey = options.auditKey;
  const first = await openAndMigrate(options, true);
  let opened = first.opened;
  let trail = createAuditTrail(opened.db, opened.sqlite, auditKey, options.now);
  let swapping = false;
  const guard = () => {
    if (swapping) throw new BackupProblem('swapping');
  };
  recordRecovery(trail, first.recovery);
  const audit = guardedTrail(() => trail, guard);
  return {
    get db() {
      guard();
      return opened.db;
    },
    get sqlite() {
      guard();
      return opened.sqlite;
    },
    audit,
    get swapping() {
      return swapping;
    },
    get auditKey() {
      return auditKey;
    },
    useAuditKey: (key) => void (auditKey = key),
    suspend() {
      guard();
      swapping = true;
      opened.sqlite.close();
    },
    async resume() {
      ({ opened } = await openAndMigrate(options, false));
      trail = createAuditTrail(opened.db, opened.sqlite, auditKey, options.now);
      swapping = false;
    },
    close() {
      if (opened.sqlite.open) opened.sqlite.close();
    },
  };
}
