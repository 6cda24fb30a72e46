import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, TEST_CORE_NOW, type TestCore } from '../../helpers/core';
import { ADMIN, auditRows, callAs, errorOf, lastAuditSeq, later, login, MINUTE, newClient, rawDatabaseText, setUpAdmin, valueAs } from './support';

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore();
  await setUpAdmin(t);
});

afterEach(async () => {
  await t?.close();
});

const WRONG = 'mat-khau-sai-0001';
const wrongMessage = (left: number) => `Tên đăng nhập hoặc mật khẩu không đúng. Còn ${left} lần thử trước khi tài khoản bị tạm khóa.`;
const lockedMessage = (minutes: number) => `Tài khoản tạm khóa do nhập sai mật khẩu 5 lần. Hãy thử lại sau ${minutes} phút.`;

function attempt(password: string, username: string = ADMIN.username) {
  return callAs(t, newClient(), 'auth.login', { username, password });
}

function lockState(): { failed_attempts: number; locked_until: string | null } {
  const row = t.query('SELECT failed_attempts, locked_until FROM accounts WHERE username = ?', ADMIN.username)[0];
  return { failed_attempts: Number(row?.failed_attempts), locked_until: (row?.locked_until as string | null) ?? null };
}

describe('login lockout', () => {
  it('locks after 5 wrong passwords, says how many minutes are left, and refuses the right password meanwhile', async () => {
    for (const left of [4, 3, 2, 1]) {
      expect(errorOf(await attempt(WRONG))).toEqual({ code: 'UNAUTHENTICATED', message: wrongMessage(left) });
    }
    expect(errorOf(await attempt(WRONG))).toEqual({ code: 'UNAUTHENTICATED', message: lockedMessage(5) });
    expect(lockState()).toEqual({ failed_attempts: 5, locked_until: later(TEST_CORE_NOW, 5 * MINUTE) });

    const right = newClient();
    expect(errorOf(await callAs(t, right, 'auth.login', { username: ADMIN.username, password: ADMIN.password }))?.message).toBe(lockedMessage(5));
    expect(right.token).toBeUndefined();
    t.setNow(later(TEST_CORE_NOW, 2 * MINUTE));
    expect(errorOf(await attempt(ADMIN.password))).toEqual({ code: 'UNAUTHENTICATED', message: lockedMessage(3) });
    t.setNow(later(TEST_CORE_NOW, 4 * MINUTE + 30_000));
    expect(errorOf(await attempt(ADMIN.password))?.message).toBe(lockedMessage(1));
    // Attempts during the lock neither lengthen it nor count.
    expect(lockState()).toEqual({ failed_attempts: 5, locked_until: later(TEST_CORE_NOW, 5 * MINUTE) });
  });

  it('lets the right password in once the lock has expired, and resets the count', async () => {
    for (let index = 0; index < 5; index += 1) await attempt(WRONG);
    t.setNow(later(TEST_CORE_NOW, 5 * MINUTE + 1));
    const client = await login(t, ADMIN.username, ADMIN.password);
    expect(await valueAs(t, client, 'auth.me', {})).toMatchObject({ username: ADMIN.username, restriction: null });
    expect(lockState()).toEqual({ failed_attempts: 0, locked_until: null });
    expect(errorOf(await attempt(WRONG))?.message).toBe(wrongMessage(4));
  });

  it('starts a fresh count when a wrong password follows an expired lock', async () => {
    for (let index = 0; index < 5; index += 1) await attempt(WRONG);
    t.setNow(later(TEST_CORE_NOW, 6 * MINUTE));
    expect(errorOf(await attempt(WRONG))?.message).toBe(wrongMessage(4));
    expect(lockState()).toEqual({ failed_attempts: 1, locked_until: null });
  });

  it('keeps counting across a restart of the core', async () => {
    for (let index = 0; index < 3; index += 1) await attempt(WRONG);
    t = await t.reopen();
    expect(errorOf(await attempt(WRONG))?.message).toBe(wrongMessage(1));
    expect(errorOf(await attempt(WRONG))?.message).toBe(lockedMessage(5));
    t = await t.reopen();
    expect(errorOf(await attempt(ADMIN.password))?.message).toBe(lockedMessage(5));
    t.setNow(later(TEST_CORE_NOW, 5 * MINUTE + 1));
    const admin = await login(t, ADMIN.username, ADMIN.password);
    expect(await valueAs(t, admin, 'audit.verify', {})).toMatchObject({ ok: true, brokenAt: null });
  });

  it('answers an unknown username like a wrong password and audits it without an account', async () => {
    const seq = lastAuditSeq(t);
    expect(errorOf(await attempt(WRONG, 'khong.ton.tai'))).toEqual({ code: 'UNAUTHENTICATED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    expect(auditRows(t, seq)).toEqual([
      expect.objectContaining({ action: 'login.failed', method: 'auth.login', account_id: null, account_name: null, detail: '{"reason":"unknown_user"}' }),
    ]);
    expect(JSON.stringify(auditRows(t, seq))).not.toContain('khong.ton.tai');
  });

  it('audits each failure and the success with the account, and the lock refusals too', async () => {
    const seq = lastAuditSeq(t);
    for (let index = 0; index < 6; index += 1) await attempt(WRONG);
    t.setNow(later(TEST_CORE_NOW, 10 * MINUTE));
    await login(t, ADMIN.username, ADMIN.password);
    const rows = auditRows(t, seq);
    expect(rows.map((row) => [row.action, row.detail])).toEqual([
      ...[1, 2, 3, 4, 5].map((attempt) => ['login.failed', JSON.stringify({ attempt })]),
      ['login.failed', '{"reason":"locked_out"}'],
      ['login.succeeded', null],
    ]);
    expect(new Set(rows.map((row) => row.account_name))).toEqual(new Set([ADMIN.displayName]));
  });

  it('never writes a password to the log, the audit trail or the database file', async () => {
    const typed = ['Mat-Khau-Sai-Dac-Biet-7391', 'Mật-khẩu-sai-có-dấu-8264'];
    for (const password of typed) await attempt(password);
    await attempt(typed[0] ?? '', 'khong.ton.tai');
    const admin = await login(t, ADMIN.username, ADMIN.password);
    const fresh = 'Mat-Khau-Moi-Rat-Rieng-5518';
    await valueAs(t, admin, 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: fresh, confirmPassword: fresh });
    await valueAs(t, admin, 'auth.lock', {});
    await callAs(t, admin, 'auth.unlock', { password: typed[1] });
    await valueAs(t, admin, 'auth.unlock', { password: fresh });

    const audit = JSON.stringify(t.query('SELECT * FROM audit_log'));
    const log = t.readLog();
    const raw = rawDatabaseText(t);
    expect(log).toContain('core.started');
    for (const secret of [...typed, ADMIN.password, fresh]) {
      expect(audit).not.toContain(secret);
      expect(log).not.toContain(secret);
      expect(raw).not.toContain(secret);
    }
    expect(t.query('SELECT password_hash FROM accounts')[0]?.password_hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
  });
});
