import type { EventBus } from '../events';
import type { Logger } from '../logger';
import { errorCodeOf, stackWithoutMessage } from '../logger';
import type { BackupFs } from './backup-fs';
import { nodeBackupFs } from './backup-fs';
import { DEFAULT_BACKUP_KDF, type ScryptCost } from './keys';
import type { LiveDatabase } from './live-database';
import { BackupProblem } from './problems';
import { createMemorySecretStore, type SecretStore } from './secret-store';
import type { RestoreStep } from './swap';

/** What the backup feature takes from `createCore`'s deps (all optional: production defaults). */
export interface BackupDeps {
  /** The file system backups are written to and read back from; tests inject faults here. */
  fs?: BackupFs;
  /** scrypt cost for new passphrases and backups; tests pass a cheap one. */
  kdf?: ScryptCost;
  /** Test-only: awaited at each step of a restore's replacement (to pause or kill the process). */
  restoreStep?: (step: RestoreStep) => Promise<void> | void;
  /** Automatic local backups at start-up and daily (default on). */
  automatic?: boolean;
}

export interface BackupServiceOptions {
  dataDir: string;
  databaseFile: string;
  migrationsDir: string;
  appVersion: string;
  now: () => Date;
  live: LiveDatabase;
  secrets?: SecretStore | undefined;
  /** Persists an audit key adopted from a backup (the host protects it like its own key). */
  saveAuditKey?: ((key: Buffer) => void) | undefined;
  events: EventBus;
  logger: Logger;
  endAllSessions(): void;
  deps?: BackupDeps | undefined;
}

/** The backup feature's share of the core, reached by handlers as `context.backup`. */
export interface BackupService {
  readonly options: BackupServiceOptions;
  readonly fs: BackupFs;
  readonly kdf: ScryptCost;
  readonly secrets: SecretStore;
  readonly live: LiveDatabase;
  /** Runs one backup or restore at a time; another is refused with a clear message. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Whether a backup or restore is running (automatic backups skip their turn then). */
  readonly busy: boolean;
  restoreStep(step: RestoreStep): Promise<void>;
  /** Calls `then` once the job has finished and its `job.finished` event has gone out. */
  whenJobEnds(jobId: string, then: () => void): void;
  /** Uses (and has the host keep) the audit key a restored database was signed with. */
  adoptAuditKey(key: Buffer): void;
  endAllSessions(): void;
  logFailure(event: string, error: unknown): void;
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  let busy = false;
  const deps = options.deps ?? {};
  return {
    options,
    fs: deps.fs ?? nodeBackupFs,
    kdf: deps.kdf ?? DEFAULT_BACKUP_KDF,
    secrets: options.secrets ?? createMemorySecretStore(),
    live: options.live,
    get busy() {
      return busy;
    },
    async exclusive(work) {
      if (busy) throw new BackupProblem('busy');
      busy = true;
      try {
        return await work();
      } finally {
        busy = false;
      }
    },
    restoreStep: async (step) => void (await deps.restoreStep?.(step)),
    whenJobEnds(jobId, then) {
      const unsubscribe = options.events.subscribe((event) => {
        if (event.type !== 'job.finished' || event.jobId !== jobId) return;
        unsubscribe();
        then();
      });
    },
    adoptAuditKey(key) {
      if (key.equals(options.live.auditKey)) return;
      if (options.saveAuditKey) options.saveAuditKey(key);
      else options.logger.error('backup.audit_key_not_saved');
      options.live.useAuditKey(key);
    },
    endAllSessions: () => options.endAllSessions(),
    logFailure: (event, error) => options.logger.error(event, { code: errorCodeOf(error), stack: stackWithoutMessage(error) }),
  };
}
