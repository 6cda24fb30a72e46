import { open } from 'node:fs/promises';
import Database from 'better-sqlite3';
import type { JobContext } from '../jobs';
import type { HandlerContext } from '../types';
import type { BackupManifest } from './format';
import { deriveBackupKeys, sameKeyCheck } from './keys';
import { workFile } from './local-backups';
import { passphraseForOpening } from './passphrase';
import { BackupProblem } from './problems';
import { readBackupPayload } from './reader';
import { hasUnknownMigrations, schemaVersionOf } from './schema-version';
import { checkDatabaseFile, organizationOf, removeDatabaseFiles } from './snapshot';
import { isNewerThanApp, type OpenedSource } from './source';

/**
 * Everything a restore does before it touches the live data — and all that "Kiểm tra bản sao
 * lưu" does: the schema is not newer than the app, the passphrase opens it, every byte decrypts
 * and authenticates, and the database inside passes integrity, foreign-key, row-count, schema and
 * organisation checks. The result is a checked database file in the data folder's work folder.
 */
export const CHECK_STAGES = [
  'Đọc phần đầu tệp sao lưu',
  'Giải mã bản sao lưu',
  'Kiểm tra tính toàn vẹn, liên kết và số bản ghi',
  'Kiểm tra phiên bản và đơn vị',
] as const;

export interface CheckedBackup {
  /** The decrypted database, checked; the caller removes it or moves it into place. */
  path: string;
  manifest: BackupManifest;
  tables: Record<string, number>;
}

async function cipherKeyFor(context: HandlerContext, source: OpenedSource, typed: string | undefined): Promise<Buffer | null> {
  const { encryption } = source.opened.header;
  if (encryption.cipher === 'none') return null;
  const passphrase = passphraseForOpening(context, typed);
  if (passphrase === null) throw new BackupProblem('needPassphrase');
  const keys = await deriveBackupKeys(passphrase, encryption.kdf);
  if (!sameKeyCheck(keys.keyCheck, encryption.keyCheck)) throw new BackupProblem(typed ? 'wrongPassphrase' : 'needPassphrase');
  return keys.cipherKey;
}

type Report = (stage: number, label: string) => void;

async function decryptTo(context: HandlerContext, source: OpenedSource, cipherKey: Buffer | null, target: string, job: JobContext, report: Report): Promise<BackupManifest> {
  const file = await open(target, 'wx', 0o600);
  try {
    let shown = -1;
    const read = await readBackupPayload({
      fs: context.backup.fs,
      path: source.path,
      opened: source.opened,
      cipherKey,
      onDatabase: async (chunk) => void (await file.write(chunk)),
      checkpoint: () => job.checkpoint(),
      onProgress: (done, total) => {
        const percent = Math.floor((done / Math.max(total, 1)) * 100);
        if (percent === shown) return;
        shown = percent;
        report(1, `${CHECK_STAGES[1]} (${percent}%)`);
      },
    });
    await file.sync();
    return read.manifest;
  } finally {
    await file.close();
  }
}

/** The schema and the organisation inside the file must be what its header says, and known to this app. */
function checkInside(context: HandlerContext, source: OpenedSource, path: string): void {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const { migrationsDir } = context.backup.options;
    if (hasUnknownMigrations(sqlite, migrationsDir)) throw new BackupProblem('newerSchema');
    if (schemaVersionOf(sqlite, migrationsDir).created !== source.opened.header.schema.created) throw new BackupProblem('manifestMismatch');
    if (organizationOf(sqlite, source.opened.header.createdAt).id !== source.opened.header.organizationId) throw new BackupProblem('manifestMismatch');
  } finally {
    sqlite.close();
  }
}

/** `total`: the job's number of stages (a restore has more after these four). */
export async function decryptAndCheck(context: HandlerContext, source: OpenedSource, typed: string | undefined, job: JobContext, total: number = CHECK_STAGES.length): Promise<CheckedBackup> {
  const report: Report = (stage, label) => job.report(stage, total, label);
  report(0, CHECK_STAGES[0]);
  if (isNewerThanApp(context, source.opened)) throw new BackupProblem('newerSchema');
  report(1, CHECK_STAGES[1]); // the passphrase is checked as decryption begins
  const cipherKey = await cipherKeyFor(context, source, typed);
  await job.checkpoint();
  const path = await workFile(context.backup.options.dataDir, 'restore');
  try {
    const manifest = await decryptTo(context, source, cipherKey, path, job, report);
    report(2, CHECK_STAGES[2]);
    await job.checkpoint();
    const tables = await checkDatabaseFile(path, manifest.tables, (error) => context.backup.logFailure('backup.check_worker_failed', error));
    report(3, CHECK_STAGES[3]);
    checkInside(context, source, path);
    return { path, manifest, tables };
  } catch (error) {
    await removeDatabaseFiles(path);
    throw error;
  }
}
