import { countAccounts } from '../../../db/repositories/accounts';
import { listLocalBackups, makeLocalBackup, type LocalReason } from './local-backups';
import { PERIODIC_REASONS } from './rotation';
import type { BackupService } from './service';

/**
 * Automatic local backups while the app runs: one at start-up when the last is more than a day
 * old, then a look every hour for the daily one. They run in the background and never stand in
 * the way of the user: a backup or restore in progress makes them skip their turn.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;
const LOOK_EVERY_MS = 60 * 60 * 1000;

export interface AutomaticBackups {
  start(): void;
  /** Makes a periodic backup if the newest is more than a day old; resolves when done. */
  runIfDue(reason: LocalReason): Promise<void>;
  /** Stops the schedule and waits for a backup in progress. */
  stop(): Promise<void>;
}

async function isDue(service: BackupService): Promise<boolean> {
  const { live, options } = service;
  if (live.swapping || service.busy || countAccounts(live.db) === 0) return false; // nothing entered yet
  const periodic = (await listLocalBackups(options.dataDir)).filter((backup) => PERIODIC_REASONS.includes(backup.reason));
  const newest = periodic[0];
  return newest === undefined || options.now().getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

export function createAutomaticBackups(service: BackupService): AutomaticBackups {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const { options } = service;

  async function attempt(reason: LocalReason): Promise<void> {
    try {
      if (!(await isDue(service))) return;
      const made = await service.exclusive(() => makeLocalBackup(service.live.sqlite, reason, options));
      service.live.audit.record({ action: 'backup.local.created', entity: 'backup', detail: { reason, name: made.name, sizeBytes: made.sizeBytes } });
    } catch (error) {
      service.logFailure('backup.automatic_failed', error);
    }
  }

  const runIfDue = (reason: LocalReason): Promise<void> => {
    running = running.then(() => attempt(reason));
    return running;
  };

  return {
    start() {
      void runIfDue('khoi-dong');
      timer = setInterval(() => void runIfDue('hang-ngay'), LOOK_EVERY_MS);
      timer.unref();
    },
    runIfDue,
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
