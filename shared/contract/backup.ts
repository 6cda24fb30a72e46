import { z } from 'zod';
import {
  backupHeaderDto,
  backupOverview,
  backupSettings,
  backupSource,
  backupStatus,
  localBackupDto,
  passphraseSetup,
  restoreResult,
  typedPassphrase,
} from '../schemas/backup';
import { emptyInput, jobStarted } from '../schemas/common';
import { command, job, query } from './define';

const destination = z.string().min(1).max(1000);
const uploadToken = z.string().min(1).max(100);

export const backupContract = {
  /** The home screen's reminder: how long since the last verified USB backup. */
  'backup.status': query(emptyInput, backupStatus),
  /** The Sao lưu screen: passphrase state, settings, last USB backup, drives and remembered folder. */
  'backup.overview': query(emptyInput, backupOverview),
  /** Automatic local backups in the data folder, newest first. */
  'backup.local.list': query(emptyInput, z.array(localBackupDto)),
  /** Lets the user pick a folder (a dialog in Electron); it is remembered as a destination. */
  'backup.chooseFolder': command(emptyInput, z.object({ path: z.string().nullable() })),
  /** Job: encrypted backup to a listed drive or the remembered folder, then verified; result is a BackupRunResult. */
  'backup.run': job(z.object({ destination, passphrase: typedPassphrase.optional() }), jobStarted),
  /** The administrator chooses the backup passphrase (and whether this PC remembers it). */
  'backup.passphrase.set': command(passphraseSetup, z.object({ setAt: z.string() })),
  'backup.settings.save': command(backupSettings, backupSettings),
  /** Reads the readable header of a backup file (no passphrase needed). */
  'backup.inspect': query(z.object({ source: backupSource }), backupHeaderDto),
  /** Job: every step of a restore except replacing the data; result is a BackupCheckResult. */
  'backup.test': job(z.object({ source: backupSource, passphrase: typedPassphrase.optional() }), jobStarted),
  /** Job: replaces the data with a backup, then everyone logs in again; result is a RestoreResult. */
  'backup.restore': job(
    z.object({ source: backupSource, passphrase: typedPassphrase.optional(), confirmOtherOrganization: z.boolean() }),
    jobStarted,
  ),
};

/** First run on a new PC: restore instead of setting up. Both answer only while no account exists. */
export const setupRestoreContract = {
  'setup.restore.inspect': query(z.object({ token: uploadToken }), backupHeaderDto),
  'setup.restore': command(z.object({ token: uploadToken, passphrase: typedPassphrase.optional() }), restoreResult),
};
