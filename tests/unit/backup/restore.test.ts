import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalBackupDto } from '../../../shared/schemas/backup';
import { profileInput } from '../../helpers/core';
import { ADMIN, addAccount, auditRows, callAs, errorOf, lastAuditSeq, login, newClient, setUpAdmin, valueAs, type Client } from '../accounts/support';
import { createBackupCore, jobError, jobResult, PASSPHRASE, runJob, type BackupCore } from './support';

/** Restoring: the record added after the backup is gone, everyone logs in again, nothing is lost on the way. */
let core: BackupCore;
let admin: Client;
let backupPath: string;

beforeEach(async () => {
  core = await createBackupCore();
  ({ admin } = await setUpAdmin(core.t));
  await valueAs(core.t, admin, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: true });
  const made = jobResult<{ fileName: string; directory: string }>(await runJob(core.t, admin, 'backup.run', { destination: core.usbDir }));
  backupPath = join(made.directory, made.fileName);
  await valueAs(core.t, admin, 'organization.profile.save', profileInput({ validFrom: '2025-01-01', name: 'Hội sau lần sao lưu' }));
});

afterEach(async () => {
  await core?.close();
});

const file = (path = backupPath) => ({ kind: 'file' as const, token: core.t.core.files.register({ path, name: 'ban-sao-luu.sohoi' }) });
const profileNames = () => core.t.query('SELECT name FROM organization_profiles ORDER BY valid_from').map((row) => row.name);

describe('a restore by the administrator', () => {
  it('brings the data back to the backup, keeps a safety backup, and ends every session after its last event', async () => {
    expect(profileNames()).toEqual(['Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang', 'Hội sau lần sao lưu']);
    const other = await addAccount(core.t, admin, 'thu_ky');
    const aliveAtFinish: boolean[] = [];
    const stop = core.t.core.events.subscribe((event) => {
      if (event.type === 'job.finished') aliveAtFinish.push(core.t.core.resolveSession(admin.token, { touch: false }) !== null);
    });
    const header = await valueAs(core.t, admin, 'backup.inspect', { source: file() });
    expect(header).toMatchObject({ encrypted: true, sameOrganization: true, newerThanApp: false, appVersion: '0.0.0-test' });
    const result = jobResult<{ safetyBackup: string }>(await runJob(core.t, admin, 'backup.restore', { source: file(), confirmOtherOrganization: false }));
    stop();

    expect(profileNames()).toEqual(['Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang']);
    expect(core.t.count('accounts')).toBe(1); // the secretary was added after the backup
    expect(aliveAtFinish).toEqual([true]);
    for (const client of [admin, other.client]) expect(errorOf(await callAs(core.t, client, 'auth.me', {}))?.code).toBe('UNAUTHENTICATED');
    const locals = await core.t.value('backup.local.list', {});
    expect(locals.map((local: LocalBackupDto) => [local.name, local.reason])).toEqual([[result.safetyBackup, 'truoc-khoi-phuc']]);
    // The restored trail goes on with the restore, then the two refused calls of the old sessions.
    expect(auditRows(core.t).slice(-3).map((row) => row.action)).toEqual(['backup.restored', 'refused', 'refused']);
    expect(core.t.core.audit.verify()).toMatchObject({ ok: true });
  });

  it('can be undone from the safety backup, which needs no passphrase', async () => {
    const { safetyBackup } = jobResult<{ safetyBackup: string }>(await runJob(core.t, admin, 'backup.restore', { source: file(), confirmOtherOrganization: false }));
    const again = await setUpAdminSession();
    const header = await valueAs(core.t, again, 'backup.inspect', { source: { kind: 'local', name: safetyBackup } });
    expect(header).toMatchObject({ encrypted: false, reason: 'truoc-khoi-phuc' });
    jobResult(await runJob(core.t, again, 'backup.restore', { source: { kind: 'local', name: safetyBackup }, confirmOtherOrganization: false }));
    expect(profileNames()).toEqual(['Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang', 'Hội sau lần sao lưu']);
  });

  it('refuses calls with a Vietnamese message while the files are being replaced', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sohoi-swap-'));
    let release: () => void = () => undefined;
    const answers: unknown[] = [];
    const paused = await createBackupCore({
      dataDir: join(root, 'data'),
      restoreStep: async (step) => {
        if (step !== 'moved-database') return;
        answers.push(await paused.t.call('organization.profile.get', {}));
        await new Promise<void>((resolve) => (release = resolve));
      },
    });
    try {
      const token = paused.t.core.files.register({ path: backupPath, name: 'ban-sao-luu.sohoi' });
      await paused.t.value('backup.restore', { source: { kind: 'file', token }, passphrase: PASSPHRASE, confirmOtherOrganization: true });
      while (answers.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      release();
      await paused.t.core.jobs.idle();
      expect(answers).toEqual([{ ok: false, error: { code: 'CONFLICT', message: 'Sổ Hội đang thay dữ liệu từ bản sao lưu. Vui lòng đợi trong giây lát rồi thử lại.' } }]);
      expect(await paused.t.value('organization.profile.get', {})).toMatchObject({ name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang' });
    } finally {
      await paused.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('asks for confirmation before replacing the data of another organisation', async () => {
    const stranger = await createBackupCore();
    try {
      const { admin: strangerAdmin } = await setUpAdmin(stranger.t);
      await valueAs(stranger.t, strangerAdmin, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: true });
      const made = jobResult<{ fileName: string; directory: string }>(await runJob(stranger.t, strangerAdmin, 'backup.run', { destination: stranger.usbDir }));
      const foreign = join(made.directory, made.fileName);
      expect(await valueAs(core.t, admin, 'backup.inspect', { source: file(foreign) })).toMatchObject({ sameOrganization: false });
      const seq = lastAuditSeq(core.t);
      const refused = jobError(await runJob(core.t, admin, 'backup.restore', { source: file(foreign), confirmOtherOrganization: false }));
      expect(refused.message).toMatch(/^Bản sao lưu này là của một đơn vị khác/);
      expect(auditRows(core.t, seq).map((row) => row.action)).toEqual(['backup.restore.failed']);
      jobResult(await runJob(core.t, admin, 'backup.restore', { source: file(foreign), confirmOtherOrganization: true }));
      expect(core.t.query('SELECT id FROM organizations')).toEqual(stranger.t.query('SELECT id FROM organizations'));
    } finally {
      await stranger.close();
    }
  });

  it('asks for the passphrase again when the restored data chose another one', async () => {
    const newer = 'một cụm mật khẩu hoàn toàn mới khác';
    await valueAs(core.t, admin, 'backup.passphrase.set', { passphrase: newer, confirmPassphrase: newer, remember: true });
    jobResult(await runJob(core.t, admin, 'backup.restore', { source: file(), passphrase: PASSPHRASE, confirmOtherOrganization: false }));
    const again = await setUpAdminSession();
    expect((await valueAs(core.t, again, 'backup.overview', {})).passphrase).toMatchObject({ set: true, remembered: false });
    expect(jobError(await runJob(core.t, again, 'backup.run', { destination: core.usbDir })).message).toBe('Hãy nhập cụm mật khẩu sao lưu.');
    expect(jobResult<{ verified: boolean }>(await runJob(core.t, again, 'backup.run', { destination: core.usbDir, passphrase: PASSPHRASE })).verified).toBe(true);
  });

  it('is the administrator’s alone; the secretary may only test a backup', async () => {
    const secretary = await addAccount(core.t, admin, 'thu_ky');
    expect(errorOf(await callAs(core.t, secretary.client, 'backup.restore', { source: file(), confirmOtherOrganization: false }))?.code).toBe('FORBIDDEN');
    expect(jobResult<{ tables: unknown[] }>(await runJob(core.t, secretary.client, 'backup.test', { source: file() })).tables.length).toBeGreaterThan(5);
  });

  it('from the first-run screen is refused once an account exists', async () => {
    const token = file().token;
    const already = { code: 'CONFLICT', message: 'Sổ Hội đã được thiết lập trên máy này. Hãy đăng nhập.' };
    expect(errorOf(await callAs(core.t, newClient(), 'setup.restore.inspect', { token }))).toEqual(already);
    expect(errorOf(await callAs(core.t, newClient(), 'setup.restore', { token, passphrase: PASSPHRASE }))).toEqual(already);
    expect(profileNames()).toHaveLength(2);
  });
});

function setUpAdminSession(): Promise<Client> {
  return login(core.t, ADMIN.username, ADMIN.password);
}
