import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupFs } from '../../../electron/core/backup/backup-fs';
import { DRIVE_FOLDER } from '../../../electron/core/backup/destinations';
import type { ScryptCost } from '../../../electron/core/backup/keys';
import type { SecretStore } from '../../../electron/core/backup/secret-store';
import type { RestoreStep } from '../../../electron/core/backup/swap';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import type { MethodName } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/errors';
import type { JobFinishedEvent } from '../../../shared/events';
import { createTestCore, stubPlatform, type TestCore } from '../../helpers/core';
import { callAs, type Client } from '../accounts/support';

/** Helpers of the backup tests (not a test file itself). */

/** Cheap scrypt for tests (production: N = 2^17). */
export const TEST_KDF: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
export const PASSPHRASE = 'cây bàng đỏ trước sân trường cũ';

export interface BackupCoreOptions {
  dataDir?: string;
  /** The folder standing in for a USB stick (a fresh one unless given). */
  usbDir?: string;
  fs?: BackupFs;
  secrets?: SecretStore;
  auditKey?: Buffer;
  automatic?: boolean;
  now?: string;
  restoreStep?: (step: RestoreStep) => Promise<void> | void;
  saveAuditKey?: (key: Buffer) => void;
  /** Another migrations folder (an older app). */
  migrationsDir?: string;
}

export interface BackupCore {
  t: TestCore;
  usbDir: string;
  /** Where backups to the stand-in drive land. */
  driveFolder: string;
  close(): Promise<void>;
}

export async function createBackupCore(options: BackupCoreOptions = {}): Promise<BackupCore> {
  const usbDir = options.usbDir ?? mkdtempSync(join(tmpdir(), 'sohoi-usb-'));
  mkdirSync(usbDir, { recursive: true });
  const platform = { ...stubPlatform(), listRemovableDrives: async () => [{ path: usbDir, label: 'USB thử', freeBytes: null, totalBytes: null }] };
  const t = await createTestCore({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.auditKey ? { auditKey: options.auditKey } : {}),
    ...(options.now ? { now: options.now } : {}),
    platform,
    deps: {
      backup: { kdf: TEST_KDF, automatic: options.automatic ?? false, ...(options.fs ? { fs: options.fs } : {}), ...(options.restoreStep ? { restoreStep: options.restoreStep } : {}) },
      ...(options.secrets ? { secrets: options.secrets } : {}),
      ...(options.saveAuditKey ? { saveAuditKey: options.saveAuditKey } : {}),
      ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}),
    },
  });
  const ownsUsb = options.usbDir === undefined;
  return {
    t,
    usbDir,
    driveFolder: join(usbDir, DRIVE_FOLDER),
    async close() {
      await t.close();
      if (ownsUsb) rmSync(usbDir, { recursive: true, force: true });
    },
  };
}

/** Calls a job method and waits for its `job.finished` event. */
export async function runJob(t: TestCore, client: Client, method: MethodName, input: unknown): Promise<JobFinishedEvent> {
  const seen: JobFinishedEvent[] = [];
  const stop = t.core.events.subscribe((event) => {
    if (event.type === 'job.finished') seen.push(event);
  });
  try {
    const started = await callAs(t, client, method, input);
    if (!started.ok) throw new Error(`${method} refused: ${JSON.stringify(started.error)}`);
    const { jobId } = started.value as { jobId: string };
    await t.core.jobs.idle();
    const finished = seen.find((event) => event.jobId === jobId);
    if (!finished) throw new Error(`${method}: no job.finished event`);
    return finished;
  } finally {
    stop();
  }
}

/** The job's error, or a failure of the test when it succeeded. */
export function jobError(finished: JobFinishedEvent): AppErrorData {
  if (finished.status !== 'failed' || !finished.error) throw new Error(`expected the job to fail, it ${finished.status}: ${JSON.stringify(finished.result)}`);
  return finished.error;
}

export function jobResult<T>(finished: JobFinishedEvent): T {
  if (finished.status !== 'succeeded') throw new Error(`expected the job to succeed, it ${finished.status}: ${JSON.stringify(finished.error)}`);
  return finished.result as T;
}

/** Every file under a folder, recursively, as relative paths (sorted). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** Tables whose rows every open or restore appends to; left out of fingerprints. */
export const APPEND_ONLY_TABLES = ['audit_log', 'audit_head', 'sqlite_sequence'];

/** SHA-256 of every row of every table but the audit trail's, read from the data folder's database file. */
export function databaseFingerprint(dataDir: string): string {
  const sqlite = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true, fileMustExist: true });
  try {
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
    const hash = createHash('sha256');
    for (const name of tables.filter((table) => !APPEND_ONLY_TABLES.includes(table))) {
      hash.update(JSON.stringify([name, sqlite.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`).all()]));
    }
    return hash.digest('hex');
  } finally {
    sqlite.close();
  }
}
