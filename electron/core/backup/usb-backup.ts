import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import type { BackupRunResult, UsbBackupRecord } from '../../../shared/schemas/backup';
import { actor } from '../accounts/account-dto';
import type { JobContext } from '../jobs';
import type { HandlerContext } from '../types';
import { backupsInFolder, driveBackupsToRemove, targetFolder, usbBackupName } from './destinations';
import { FORMAT_VERSION, openBackup, type BackupHeader, type KdfParams } from './format';
import type { BackupKeys } from './keys';
import { workFile } from './local-backups';
import { newBackupKeys } from './passphrase';
import { BackupProblem, deviceProblem } from './problems';
import { readBackupPayload } from './reader';
import { readBackupSettings, writeLastUsbBackup } from './settings';
import { checkDatabaseFile, removeDatabaseFiles, takeSnapshot, type SnapshotFacts } from './snapshot';
import { writeBackupFile } from './writer';

const STAGES = [
  'Chuẩn bị',
  'Chụp lại dữ liệu hiện tại',
  'Mã hóa và ghi ra USB',
  'Đọc lại từ USB và giải mã',
  'Kiểm tra tính toàn vẹn và liên kết dữ liệu',
  'Dọn các bản sao lưu cũ trên USB',
] as const;

/** Errors of the destination device, told in terms the user can act on. */
async function onDevice<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw deviceProblem(error) ?? error;
  }
}

function progress(job: JobContext, step: number) {
  let shown = -1;
  return (done: number, total: number) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (percent === shown) return;
    shown = percent;
    job.report(step, STAGES.length, `${STAGES[step]} (${percent}%)`);
  };
}

async function freeFileName(context: HandlerContext, folder: string, at: Date): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const name = usbBackupName(at, attempt);
    if (!(await onDevice(context.backup.fs.exists(join(folder, name))))) return name;
  }
}

function headerFor(context: HandlerContext, facts: SnapshotFacts, at: Date, encryption: BackupHeader['encryption']): BackupHeader {
  const organizationId = facts.organizationId ?? 'unknown';
  return { format: FORMAT_VERSION, appVersion: context.appVersion, schema: facts.schema, createdAt: at.toISOString(), organizationId, kind: 'usb', reason: null, encryption };
}

/**
 * Reads the new file back from the device and decrypts it: the GCM tag must match, which proves
 * every byte read back — header, database, manifest — is what was encrypted from the snapshot.
 */
async function readBack(context: HandlerContext, written: Written, cipherKey: Buffer, job: JobContext): Promise<void> {
  const { fs } = context.backup;
  const opened = await onDevice(openBackup(fs, written.path));
  const read = await onDevice(readBackupPayload({ fs, path: written.path, opened, cipherKey, onDatabase: () => undefined, onProgress: progress(job, 3), hashDatabase: false }));
  if (read.manifest.database.sha256 !== written.databaseSha256) throw new BackupProblem('damaged');
}

interface Prepared {
  target: Awaited<ReturnType<typeof targetFolder>>;
  kdf: KdfParams;
  keys: BackupKeys;
}

/** Step 1: a listed destination that is there, with the backup folder made. */
async function prepareTarget(context: HandlerContext, destination: string): Promise<Prepared['target']> {
  const { fs } = context.backup;
  const target = await targetFolder(context, destination);
  if (!(await fs.exists(target.root))) throw new BackupProblem('destinationMissing');
  await onDevice(fs.mkdir(target.folder));
  return target;
}

interface Written {
  path: string;
  sizeBytes: number;
  databaseSha256: string;
}

/** Step 3: the encrypted file, under a temporary name until complete and flushed. */
async function writeToDrive(context: HandlerContext, prepared: Prepared, snapshotPath: string, facts: SnapshotFacts, job: JobContext, at: Date): Promise<Written> {
  const { fs, live } = context.backup;
  const { target, kdf, keys } = prepared;
  const free = await fs.freeBytes(target.folder);
  if (free !== null && free < (await fs.size(snapshotPath)) + 1024 * 1024) throw new BackupProblem('destinationFull');
  const header = headerFor(context, facts, at, { cipher: 'aes-256-gcm', iv: randomBytes(12).toString('base64'), kdf, keyCheck: keys.keyCheck });
  const path = join(target.folder, await freeFileName(context, target.folder, at));
  const written = await onDevice(
    writeBackupFile({
      fs,
      snapshotPath,
      finalPath: path,
      header,
      cipherKey: keys.cipherKey,
      manifest: (database) => ({ organizationName: facts.organizationName, tables: facts.tables, database, auditKey: live.auditKey.toString('base64') }),
      checkpoint: () => job.checkpoint(),
      onProgress: progress(job, 2),
    }),
  );
  return { path, sizeBytes: written.sizeBytes, databaseSha256: written.databaseSha256 };
}

function recordBackup(context: HandlerContext, prepared: Prepared, written: Written, removedOld: number, started: number, at: string): UsbBackupRecord {
  const record = { at, fileName: basename(written.path), directory: prepared.target.folder, sizeBytes: written.sizeBytes, durationMs: Math.round(performance.now() - started) };
  context.transaction(() => {
    writeLastUsbBackup(context.db, record, at);
    const detail = { fileName: record.fileName, sizeBytes: record.sizeBytes, destination: prepared.target.kind, removedOld, verified: true };
    context.audit.record({ action: 'backup.created', entity: 'backup', detail, ...actor(context) });
  });
  context.changed('backup', []);
  return record;
}

/**
 * The backup job: snapshot → encrypt to `<name>.part` on the drive → flush → rename → read back
 * and decrypt: the bytes must be the snapshot's. Meanwhile a worker runs the integrity and
 * foreign-key checks on that snapshot. Only when both agree do the oldest backups beyond the last
 * N go. Any failure before that removes what this job wrote: no unverified backup is kept.
 */
export async function runUsbBackup(context: HandlerContext, input: { destination: string; passphrase?: string | undefined }, job: JobContext): Promise<BackupRunResult> {
  const started = performance.now();
  const { fs, live, options } = context.backup;
  const at = context.now();
  job.report(0, STAGES.length, STAGES[0]);
  const target = await prepareTarget(context, input.destination);
  const deriving = newBackupKeys(context, input.passphrase); // while the snapshot is taken
  deriving.catch(() => undefined);
  await job.checkpoint();
  job.report(1, STAGES.length, STAGES[1]);
  const snapshotPath = await workFile(options.dataDir, 'usb');
  let checking: Promise<unknown> | null = null;
  let unverified: Written | null = null;
  try {
    const facts = await takeSnapshot(live.sqlite, snapshotPath, { at: at.toISOString(), migrationsDir: options.migrationsDir });
    const prepared: Prepared = { target, ...(await deriving) };
    const checks = checkDatabaseFile(snapshotPath, facts.tables, (error) => context.backup.logFailure('backup.check_worker_failed', error));
    checking = checks.catch(() => undefined);
    unverified = await writeToDrive(context, prepared, snapshotPath, facts, job, at);
    await readBack(context, unverified, prepared.keys.cipherKey, job);
    job.report(4, STAGES.length, STAGES[4]);
    await checks;
    const verified = unverified;
    unverified = null; // from here on the new backup stays whatever happens
    job.report(5, STAGES.length, STAGES[5]);
    const removedOld = await pruneDrive(context, prepared.target.folder, facts.organizationId ?? 'unknown');
    const record = recordBackup(context, prepared, verified, removedOld, started, at.toISOString());
    job.report(STAGES.length, STAGES.length, 'Đã sao lưu và kiểm tra xong');
    return { ...record, verified: true, removedOld, tables: Object.keys(facts.tables).length };
  } catch (error) {
    if (unverified !== null) await fs.remove(unverified.path).catch(() => undefined);
    throw error;
  } finally {
    await checking; // the worker lets go of the snapshot before it is deleted
    await removeDatabaseFiles(snapshotPath);
  }
}

/** Removes this organisation's oldest backups beyond the last N; a failure here is logged, not fatal. */
async function pruneDrive(context: HandlerContext, folder: string, organizationId: string): Promise<number> {
  const { fs } = context.backup;
  try {
    const keep = readBackupSettings(context.db).keepOnDrive;
    const names = driveBackupsToRemove(await backupsInFolder(context, folder, organizationId), keep);
    for (const name of names) await fs.remove(join(folder, name));
    return names.length;
  } catch (error) {
    context.backup.logFailure('backup.prune_failed', error);
    return 0;
  }
}
