import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackup } from '../../../electron/core/backup/format';
import { nodeBackupFs } from '../../../electron/core/backup/backup-fs';
import { createMemorySecretStore } from '../../../electron/core/backup/secret-store';
import { addAccount, auditRows, callAs, errorOf, lastAuditSeq, setUpAdmin, valueAs, type Client } from '../accounts/support';
import { createBackupCore, jobError, jobResult, PASSPHRASE, runJob, type BackupCore } from './support';

/** Backups to the USB stick: the passphrase, the destinations, the result, the last N, the reminder. */
let core: BackupCore;
let admin: Client;

beforeEach(async () => {
  core = await createBackupCore({ secrets: createMemorySecretStore() });
  ({ admin } = await setUpAdmin(core.t));
});

afterEach(async () => {
  await core?.close();
});

const setPassphrase = (remember: boolean) => valueAs(core.t, admin, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember });

describe('the backup passphrase', () => {
  it('is refused when the two entries differ or it is easy to guess, with the reason beside the field', async () => {
    const mismatch = await callAs(core.t, admin, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: `${PASSPHRASE}x`, remember: true });
    expect(errorOf(mismatch)?.issues).toEqual([{ path: 'confirmPassphrase', message: 'Hai lần nhập cụm mật khẩu không khớp.' }]);
    const weak = await callAs(core.t, admin, 'backup.passphrase.set', { passphrase: 'matkhau12345', confirmPassphrase: 'matkhau12345', remember: true });
    expect(errorOf(weak)?.issues?.[0]?.path).toBe('passphrase');
  });

  it('is stored only as a way to check it; remembering it is the secret store’s job', async () => {
    await setPassphrase(false);
    const raw = JSON.stringify(core.t.query('SELECT * FROM app_settings'));
    expect(raw).not.toContain(PASSPHRASE);
    expect((await valueAs(core.t, admin, 'backup.overview', {})).passphrase).toMatchObject({ set: true, remembered: false });
    await setPassphrase(true);
    expect((await valueAs(core.t, admin, 'backup.overview', {})).passphrase).toMatchObject({ set: true, remembered: true });
  });

  it('belongs to the administrator: the secretary may back up but not choose it', async () => {
    const secretary = await addAccount(core.t, admin, 'thu_ky');
    const refused = await callAs(core.t, secretary.client, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: true });
    expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    await setPassphrase(true);
    expect(jobResult<{ verified: boolean }>(await runJob(core.t, secretary.client, 'backup.run', { destination: core.usbDir })).verified).toBe(true);
  });

  it('must be set before the first backup, and typed when it is not remembered', async () => {
    expect(jobError(await runJob(core.t, admin, 'backup.run', { destination: core.usbDir })).message).toMatch(/^Chưa có cụm mật khẩu sao lưu/);
    await setPassphrase(false);
    expect(jobError(await runJob(core.t, admin, 'backup.run', { destination: core.usbDir })).message).toBe('Hãy nhập cụm mật khẩu sao lưu.');
    expect(jobError(await runJob(core.t, admin, 'backup.run', { destination: core.usbDir, passphrase: 'một cụm khác hẳn' })).message).toMatch(/^Cụm mật khẩu không đúng với/);
    // Typed with the old tone placement and extra spaces: the same passphrase.
    const typed = ' cây bàng  đỏ trước sân trường cũ ';
    expect(jobResult<{ verified: boolean }>(await runJob(core.t, admin, 'backup.run', { destination: core.usbDir, passphrase: typed })).verified).toBe(true);
  });
});

describe('a backup to the stick', () => {
  it('says where, how big, how long, verified — and the file reveals nothing but its header', async () => {
    await setPassphrase(true);
    const seq = lastAuditSeq(core.t);
    const result = jobResult<{ fileName: string; directory: string; sizeBytes: number; durationMs: number; verified: boolean }>(
      await runJob(core.t, admin, 'backup.run', { destination: core.usbDir }),
    );
    expect(result).toMatchObject({ directory: core.driveFolder, verified: true });
    expect(result.fileName).toMatch(/^SoHoi-2025-01-05-100000\.sohoi$/);
    const { header, fileSize } = await openBackup(nodeBackupFs, join(result.directory, result.fileName));
    expect(fileSize).toBe(result.sizeBytes);
    expect(header).toMatchObject({ kind: 'usb', appVersion: '0.0.0-test', encryption: { cipher: 'aes-256-gcm' } });
    expect(Object.keys(header).sort()).toEqual(['appVersion', 'createdAt', 'encryption', 'format', 'kind', 'organizationId', 'reason', 'schema']);
    expect(auditRows(core.t, seq).map((row) => [row.action, JSON.parse(row.detail ?? '{}').verified])).toEqual([['backup.created', true]]);
    expect(await valueAs(core.t, admin, 'backup.status', {})).toMatchObject({ lastUsbAt: '2025-01-05T03:00:00.000Z', daysSince: 0, overdue: false });
  });

  it('keeps the last N of this organisation on the stick, and leaves other files alone', async () => {
    await setPassphrase(true);
    await valueAs(core.t, admin, 'backup.settings.save', { keepOnDrive: 2, reminderDays: 7 });
    mkdirSync(core.driveFolder, { recursive: true });
    const others = ['ghi-chu.txt', 'SoHoi-2020-01-01-000000.sohoi'];
    writeFileSync(join(core.driveFolder, others[0] ?? ''), 'Sổ tay');
    writeFileSync(join(core.driveFolder, others[1] ?? ''), randomBytes(4096)); // named like ours, not a backup
    const names: string[] = [];
    for (const minute of ['00', '01', '02']) {
      core.t.setNow(`2025-01-05T03:${minute}:00.000Z`);
      names.push(jobResult<{ fileName: string }>(await runJob(core.t, admin, 'backup.run', { destination: core.usbDir })).fileName);
    }
    expect(readdirSync(core.driveFolder).sort()).toEqual([...others, ...names.slice(1)].sort());
  });

  it('refuses a destination that is neither a listed drive nor the remembered folder', async () => {
    await setPassphrase(true);
    const error = jobError(await runJob(core.t, admin, 'backup.run', { destination: '/etc' }));
    expect(error.message).toMatch(/^Không tìm thấy nơi lưu này/);
  });

  it('warns on the home screen past the reminder days', async () => {
    expect(await valueAs(core.t, admin, 'backup.status', {})).toMatchObject({ lastUsbAt: null, daysSince: null, overdue: true });
    await setPassphrase(true);
    await runJob(core.t, admin, 'backup.run', { destination: core.usbDir });
    core.t.setNow('2025-01-12T16:59:00.000Z'); // 12/1 23:59 in Vietnam: 7 days (a new login by then)
    expect(await core.t.value('backup.status', {})).toMatchObject({ daysSince: 7, reminderDays: 7, overdue: false });
    core.t.setNow('2025-01-12T17:00:00.000Z'); // 13/1 00:00: 8 days
    expect(await core.t.value('backup.status', {})).toMatchObject({ daysSince: 8, overdue: true });
  });
});
