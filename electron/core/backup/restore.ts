import { mkdir, rename } from 'node:fs/promises';
import { countAccounts } from '../../../db/repositories/accounts';
import { AppError } from '../../../shared/errors';
import type { BackupCheckResult, BackupSource, RestoreResult } from '../../../shared/schemas/backup';
import { actor } from '../accounts/account-dto';
import type { JobContext } from '../jobs';
import type { HandlerContext } from '../types';
import { CHECK_STAGES, decryptAndCheck, type CheckedBackup } from './check-backup';
import { makeLocalBackup } from './local-backups';
import { BackupProblem, failureDetail } from './problems';
import { removeDatabaseFiles } from './snapshot';
import { finishRestore, replaceDatabaseFiles, restorePaths, rollBackRestore } from './swap';
import { currentOrganizationId, openSource, type OpenedSource } from './source';

const RESTORE_STAGES = [...CHECK_STAGES, 'Sao lưu tự động dữ liệu hiện tại', 'Thay dữ liệu bằng bản sao lưu', 'Mở lại dữ liệu đã khôi phục'] as const;

export const ALREADY_SET_UP = 'Sổ Hội đã được thiết lập trên máy này. Hãy đăng nhập.';

export interface RestoreInput {
  source: BackupSource;
  passphrase?: string | undefined;
  confirmOtherOrganization: boolean;
}

/** Lets the caller know once the live data was replaced (the sessions must then end). */
export interface RestoreProgress {
  replaced: boolean;
}

function resultOf(source: OpenedSource, checked: CheckedBackup): BackupCheckResult {
  const tables = Object.entries(checked.tables).map(([name, rows]) => ({ name, rows }));
  return { createdAt: source.opened.header.createdAt, organizationName: checked.manifest.organizationName, tables, sizeBytes: source.opened.fileSize };
}

function recordFailure(context: HandlerContext, action: string, fileName: string | null, error: unknown): void {
  try {
    context.audit.record({ action, entity: 'backup', detail: { fileName, ...failureDetail(error) }, ...actor(context) });
  } catch (auditError) {
    context.backup.logFailure('backup.audit_failed', auditError);
  }
}

/** "Kiểm tra bản sao lưu": every step of a restore except the replacement. */
export async function testBackup(context: HandlerContext, input: { source: BackupSource; passphrase?: string | undefined }, job: JobContext): Promise<BackupCheckResult> {
  let fileName: string | null = null;
  try {
    return await context.backup.exclusive(async () => {
      const source = await openSource(context, input.source);
      fileName = source.fileName;
      const checked = await decryptAndCheck(context, source, input.passphrase, job);
      await removeDatabaseFiles(checked.path);
      context.audit.record({ action: 'backup.tested', entity: 'backup', detail: { fileName, createdAt: source.opened.header.createdAt }, ...actor(context) });
      job.report(CHECK_STAGES.length, CHECK_STAGES.length, 'Bản sao lưu dùng được');
      return resultOf(source, checked);
    });
  } catch (error) {
    recordFailure(context, 'backup.test.failed', fileName, error);
    throw error;
  }
}

function refuseIfOtherOrganization(context: HandlerContext, source: OpenedSource, confirmed: boolean): void {
  const current = currentOrganizationId(context);
  if (current === source.opened.header.organizationId || confirmed || countAccounts(context.db) === 0) return;
  throw new BackupProblem('otherOrganization');
}

/**
 * Closes the database, swaps the files (restore/ marker protocol, swap.ts), adopts the restored
 * audit trail's key, reopens and migrates. If anything fails after the close, the old database is
 * put back and reopened.
 */
async function replaceLive(context: HandlerContext, source: OpenedSource, checked: CheckedBackup, progress: RestoreProgress): Promise<void> {
  const { live, options } = context.backup;
  const step = (name: Parameters<typeof context.backup.restoreStep>[0]) => context.backup.restoreStep(name);
  const paths = restorePaths(options.dataDir);
  await mkdir(paths.dir, { recursive: true });
  await rename(checked.path, paths.incoming);
  await step('before-close');
  const previousKey = live.auditKey;
  live.suspend();
  try {
    await replaceDatabaseFiles(options.dataDir, options.databaseFile, { startedAt: context.now().toISOString(), fileName: source.fileName, backupCreatedAt: source.opened.header.createdAt }, step);
    if (checked.manifest.auditKey) context.backup.adoptAuditKey(Buffer.from(checked.manifest.auditKey, 'base64'));
    await live.resume();
  } catch (error) {
    rollBackRestore(options.dataDir, options.databaseFile);
    context.backup.adoptAuditKey(previousKey);
    await live.resume();
    throw error;
  }
  progress.replaced = true;
  await step('reopened');
  finishRestore(options.dataDir);
}

async function restoreChecked(context: HandlerContext, source: OpenedSource, checked: CheckedBackup, job: JobContext, progress: RestoreProgress): Promise<RestoreResult> {
  const total = RESTORE_STAGES.length;
  job.report(4, total, RESTORE_STAGES[4]);
  await job.checkpoint();
  const safety = await makeLocalBackup(context.sqlite, 'truoc-khoi-phuc', context.backup.options);
  if (context.session === null && countAccounts(context.db) > 0) throw new AppError('CONFLICT', ALREADY_SET_UP); // first run raced a setup
  job.report(5, total, RESTORE_STAGES[5]);
  await replaceLive(context, source, checked, progress);
  job.report(6, total, RESTORE_STAGES[6]);
  const detail = { fileName: source.fileName, backupCreatedAt: source.opened.header.createdAt, safetyBackup: safety.name };
  context.audit.record({ action: 'backup.restored', entity: 'backup', detail, ...actor(context) });
  job.report(total, total, 'Đã khôi phục xong');
  return { ...resultOf(source, checked), safetyBackup: safety.name };
}

/** The restore: check everything, back the current data up, then replace it. */
export async function restoreBackup(context: HandlerContext, input: RestoreInput, job: JobContext, progress: RestoreProgress): Promise<RestoreResult> {
  let fileName: string | null = null;
  try {
    return await context.backup.exclusive(async () => {
      const source = await openSource(context, input.source);
      fileName = source.fileName;
      refuseIfOtherOrganization(context, source, input.confirmOtherOrganization);
      const checked = await decryptAndCheck(context, source, input.passphrase, job, RESTORE_STAGES.length);
      try {
        return await restoreChecked(context, source, checked, job, progress);
      } finally {
        await removeDatabaseFiles(checked.path);
      }
    });
  } catch (error) {
    if (!progress.replaced) recordFailure(context, 'backup.restore.failed', fileName, error);
    throw error;
  }
}
