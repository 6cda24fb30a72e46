import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeDetail } from '../../../renderer/src/features/audit/describe-detail';
import { auditText } from '../../../renderer/src/features/audit/strings';
import { auditRows, login, ADMIN, setUpAdmin, valueAs } from '../accounts/support';
import { createBackupCore, jobResult, PASSPHRASE, runJob, type BackupCore } from './support';

/** Backups, verifications, restores and failed attempts are in the audit trail, in Vietnamese. */
let core: BackupCore;
afterEach(async () => {
  await core?.close();
});

describe('the audit trail of backups', () => {
  it('records each backup, test, restore and failure, and the audit screen says them in Vietnamese', async () => {
    core = await createBackupCore();
    const { admin } = await setUpAdmin(core.t);
    await valueAs(core.t, admin, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: true });
    await valueAs(core.t, admin, 'backup.settings.save', { keepOnDrive: 5, reminderDays: 10 });
    await runJob(core.t, admin, 'backup.run', { destination: '/khong-co' });
    const made = jobResult<{ fileName: string; directory: string }>(await runJob(core.t, admin, 'backup.run', { destination: core.usbDir }));
    const source = () => ({ kind: 'file', token: core.t.core.files.register({ path: join(made.directory, made.fileName), name: made.fileName }) });
    await runJob(core.t, admin, 'backup.test', { source: source(), passphrase: 'không phải cụm này' });
    await runJob(core.t, admin, 'backup.test', { source: source() });
    const backupRows = () => auditRows(core.t).filter((row) => row.entity === 'backup' || row.entity === 'settings.backup');
    const before = backupRows();
    expect(before.map((row) => row.action)).toEqual(['backup.passphrase.set', 'write', 'backup.failed', 'backup.created', 'backup.test.failed', 'backup.tested']);
    // The restore takes the trail back to the backup's time (what came after stays in the safety backup), then records itself.
    await runJob(core.t, admin, 'backup.restore', { source: source(), confirmOtherOrganization: false });
    await login(core.t, ADMIN.username, ADMIN.password);
    const after = backupRows();
    expect(after.map((row) => row.action)).toEqual(['backup.passphrase.set', 'write', 'backup.failed', 'backup.restored']);
    const rows = [...before, ...after.slice(-1)];
    const { actions, entities } = auditText;
    for (const row of rows) {
      expect(actions[row.action], row.action).toMatch(/^[^a-z.]/);
      expect(entities[row.entity ?? ''], row.action).toMatch(/^[A-ZĐ]/);
      expect(describeDetail(row.detail), row.action).not.toMatch(/^\{|undefined|null/);
    }
    expect(describeDetail(rows[4]?.detail ?? null)).toBe(`${made.fileName}: sai cụm mật khẩu`);
    expect(describeDetail(rows[2]?.detail ?? null)).toBe('Không thấy nơi lưu');
  });
});
