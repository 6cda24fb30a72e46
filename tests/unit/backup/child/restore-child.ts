/**
 * Run by swap-crash.test.ts in a child process (node_modules/.bin/tsx): opens the core on a data
 * folder, writes one more change, prints the old data's fingerprint, then restores a backup and
 * pauses at the named step — where the parent kills it with SIGKILL. Prints `paused <step>`
 * there, or `done` if it ran to the end. A second, read-only connection holds a read transaction
 * throughout, so no checkpoint can empty the -wal: the old database's last change stays in its
 * -wal while the files are moved, as after a failed checkpoint — the case where a mix would corrupt.
 *
 * Arguments: <dataDir> <usbDir> <backupFile> <pauseAtStep | none>
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RestoreStep } from '../../../../electron/core/backup/swap';
import { DATABASE_FILE_NAME } from '../../../../electron/core/create-core';
import { profileInput } from '../../../helpers/core';
import { databaseFingerprint, createBackupCore, PASSPHRASE } from '../support';

async function main(): Promise<void> {
  const [dataDir, usbDir, backupFile, pauseAt] = process.argv.slice(2);
  if (!dataDir || !usbDir || !backupFile || !pauseAt) throw new Error('usage: <dataDir> <usbDir> <backupFile> <step|none>');
  const restoreStep = async (step: RestoreStep): Promise<void> => {
    if (step !== pauseAt) return;
    process.stdout.write(`paused ${step}\n`);
    await new Promise<never>(() => undefined); // until SIGKILL
  };
  const { t } = await createBackupCore({ dataDir, usbDir, restoreStep });
  await t.value('organization.profile.save', profileInput({ validFrom: '2025-09-01', name: 'Hội Bảo vệ quyền trẻ em (dữ liệu hiện tại)' }));
  const reader = new Database(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM accounts').get(); // holds a read snapshot: no checkpoint can empty the -wal
  process.stdout.write(`old ${databaseFingerprint(dataDir)}\n`);
  const token = t.core.files.register({ path: backupFile, name: 'ban-sao-luu.sohoi' });
  const started = await t.value('backup.restore', { source: { kind: 'file', token }, passphrase: PASSPHRASE, confirmOtherOrganization: false });
  await t.core.jobs.idle();
  process.stdout.write(`done ${started.jobId}\n`);
  await t.close();
  reader.exec('COMMIT');
  reader.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
