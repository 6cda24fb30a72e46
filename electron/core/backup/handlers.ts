import { countAccounts } from '../../../db/repositories/accounts';
import { AppError } from '../../../shared/errors';
import { todayInVietnam } from '../../../shared/format';
import type { BackupStatus } from '../../../shared/schemas/backup';
import { actor } from '../accounts/account-dto';
import type { JobContext } from '../jobs';
import type { HandlerContext, HandlersOf } from '../types';
import { listDestinations } from './destinations';
import { listLocalBackups } from './local-backups';
import { passphraseState, setPassphrase } from './passphrase';
import { failureDetail } from './problems';
import { ALREADY_SET_UP, restoreBackup, testBackup, type RestoreProgress } from './restore';
import { readBackupSettings, readLastUsbBackup, writeBackupSettings, writeRememberedFolder } from './settings';
import { describeSource, openSource } from './source';
import { runUsbBackup } from './usb-backup';

type BackupMethod =
  | 'backup.status'
  | 'backup.overview'
  | 'backup.local.list'
  | 'backup.chooseFolder'
  | 'backup.run'
  | 'backup.passphrase.set'
  | 'backup.settings.save'
  | 'backup.inspect'
  | 'backup.test'
  | 'backup.restore'
  | 'setup.restore.inspect'
  | 'setup.restore';

const DAY_MS = 86_400_000;

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

function backupStatus(context: HandlerContext): BackupStatus {
  const { reminderDays } = readBackupSettings(context.db);
  const last = readLastUsbBackup(context.db);
  const daysSince = last ? daysBetween(todayInVietnam(new Date(last.at)), todayInVietnam(context.now())) : null;
  return { lastUsbAt: last?.at ?? null, daysSince, reminderDays, overdue: daysSince === null || daysSince > reminderDays };
}

/** First-run methods answer only while no account exists. */
function refuseOnceSetUp(context: HandlerContext): void {
  if (countAccounts(context.db) > 0) throw new AppError('CONFLICT', ALREADY_SET_UP);
}

/** Runs without a job (the first-run screen has no session to receive job events). */
const NO_JOB: JobContext = { jobId: 'setup-restore', signal: new AbortController().signal, report: () => undefined, checkpoint: async () => undefined };

function startUsbBackup(context: HandlerContext, input: { destination: string; passphrase?: string | undefined }): string {
  return context.startJob(async (job) => {
    try {
      return await context.backup.exclusive(() => runUsbBackup(context, input, job));
    } catch (error) {
      context.audit.record({ action: 'backup.failed', entity: 'backup', detail: failureDetail(error), ...actor(context) });
      throw error;
    }
  });
}

export const backupHandlers: HandlersOf<BackupMethod> = {
  'backup.status': (_input, context) => backupStatus(context),
  'backup.overview': async (_input, context) => ({
    passphrase: passphraseState(context),
    settings: readBackupSettings(context.db),
    lastUsb: readLastUsbBackup(context.db),
    destinations: await listDestinations(context),
  }),
  'backup.local.list': (_input, context) => listLocalBackups(context.backup.options.dataDir),
  'backup.chooseFolder': async (_input, context) => {
    const path = await context.platform.chooseFolder({ title: 'Chọn thư mục để lưu bản sao lưu' });
    if (path === null) return { path: null };
    context.transaction(() => {
      writeRememberedFolder(context.db, path, context.now().toISOString());
      context.audit.record({ action: 'write', entity: 'settings.backup', detail: { fields: ['folder'] }, ...actor(context) });
    });
    context.changed('backup', []);
    return { path };
  },
  'backup.run': (input, context) => ({ jobId: startUsbBackup(context, input) }),
  'backup.passphrase.set': (input, context) => setPassphrase(context, input),
  'backup.settings.save': (input, context) =>
    context.transaction(() => {
      const before = readBackupSettings(context.db);
      writeBackupSettings(context.db, input, context.now().toISOString());
      const changes = Object.fromEntries(
        (['keepOnDrive', 'reminderDays'] as const).filter((key) => before[key] !== input[key]).map((key) => [key, { old: before[key], new: input[key] }]),
      );
      context.audit.record({ action: 'write', entity: 'settings.backup', detail: { changes }, ...actor(context) });
      context.changed('backup', []);
      return input;
    }),
  'backup.inspect': async (input, context) => describeSource(context, await openSource(context, input.source)),
  'backup.test': (input, context) => ({ jobId: context.startJob((job) => testBackup(context, input, job)) }),
  'backup.restore': (input, context) => {
    const progress: RestoreProgress = { replaced: false };
    const jobId = context.startJob((job) => restoreBackup(context, input, job, progress));
    // After the job's last event has gone out: the accounts may have changed, everyone logs in again.
    context.backup.whenJobEnds(jobId, () => progress.replaced && context.backup.endAllSessions());
    return { jobId };
  },
  'setup.restore.inspect': async (input, context) => {
    refuseOnceSetUp(context);
    return describeSource(context, await openSource(context, { kind: 'file', token: input.token }));
  },
  'setup.restore': async (input, context) => {
    refuseOnceSetUp(context);
    const source = { kind: 'file' as const, token: input.token };
    return restoreBackup(context, { source, passphrase: input.passphrase, confirmOtherOrganization: true }, NO_JOB, { replaced: false });
  },
};
