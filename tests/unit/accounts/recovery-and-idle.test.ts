import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { createTestCore, profileInput, TEST_CORE_NOW, type TestCore } from '../../helpers/core';
import {
  ADMIN,
  addAccount,
  auditRows,
  callAs,
  errorOf,
  lastAuditSeq,
  later,
  login,
  MINUTE,
  newClient,
  rawDatabaseText,
  setUpAdmin,
  valueAs,
  type SetUp,
} from './support';

let t: TestCore;
let setup: SetUp;

beforeEach(async () => {
  t = await createTestCore();
  setup = await setUpAdmin(t);
});

afterEach(async () => {
  await t?.close();
});

const CODE_FORMAT = /^[A-HJKMNP-TV-Z2-9]{4}(-[A-HJKMNP-TV-Z2-9]{4}){4}$/;
const NEW_PASSWORD = 'mat-khau-khoi-phuc-2025';

/** The code as a person might type it from paper: lower case, spaces instead of dashes. */
const typedFromPaper = (code: string) => ` ${code.toLowerCase().replaceAll('-', ' ')} `;

function recover(recoveryCode: string, username: string = ADMIN.username, client = newClient()) {
  return callAs(t, client, 'auth.recover', { username, recoveryCode, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
}

describe('the recovery code', () => {
  it('is shown once in the agreed format and stored only as a hash', () => {
    expect(setup.recoveryCode).toMatch(CODE_FORMAT);
    const settings = JSON.stringify(t.query('SELECT * FROM app_settings'));
    const stored = t.query("SELECT value FROM app_settings WHERE key = 'security.recoveryCodeHash'")[0]?.value;
    expect(String(stored)).toMatch(/^"scrypt\$/);
    const raw = rawDatabaseText(t);
    for (const form of [setup.recoveryCode, setup.recoveryCode.replaceAll('-', '')]) {
      expect(settings).not.toContain(form);
      expect(raw).not.toContain(form);
      expect(t.readLog()).not.toContain(form);
      expect(JSON.stringify(t.query('SELECT * FROM audit_log'))).not.toContain(form);
    }
  });

  it('resets the administrator password when typed loosely, returns a new code, and is audited', async () => {
    const seq = lastAuditSeq(t);
    const client = newClient();
    const result = await recover(typedFromPaper(setup.recoveryCode), ADMIN.username, client);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.recoveryCode).toMatch(CODE_FORMAT);
    expect(result.value.recoveryCode).not.toBe(setup.recoveryCode);
    expect(result.value.session).toMatchObject({ username: ADMIN.username, restriction: null });
    expect(await valueAs(t, client, 'auth.me', {})).toMatchObject({ accountId: setup.adminId });
    expect(auditRows(t, seq)).toEqual([
      expect.objectContaining({ action: 'recovery.reset', account_id: setup.adminId, entity: 'accounts', record_id: setup.adminId, detail: '{"fields":["password"]}' }),
    ]);

    // The old sessions ended; the old password and the old code no longer work; the new ones do.
    expect(errorOf(await callAs(t, setup.admin, 'auth.me', {}))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await callAs(t, newClient(), 'auth.login', { username: ADMIN.username, password: ADMIN.password }))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await recover(setup.recoveryCode))).toEqual({ code: 'UNAUTHENTICATED', message: 'Mã khôi phục không đúng. Còn 3 lần thử trước khi tài khoản bị tạm khóa.' });
    expect(await login(t, ADMIN.username, NEW_PASSWORD)).toMatchObject({ token: expect.any(String) });
    expect((await recover(result.value.recoveryCode)).ok).toBe(true);
  });

  it('counts wrong codes toward the login lockout', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(errorOf(await recover('AAAA-BBBB-CCCC-DDDD-EEEE'))?.message).toBe(`Mã khôi phục không đúng. Còn ${5 - attempt} lần thử trước khi tài khoản bị tạm khóa.`);
    }
    const locked = 'Tài khoản tạm khóa do nhập sai mật khẩu 5 lần. Hãy thử lại sau 5 phút.';
    expect(errorOf(await recover('AAAA-BBBB-CCCC-DDDD-EEEE'))?.message).toBe(locked);
    expect(errorOf(await recover(setup.recoveryCode))?.message).toBe(locked);
    expect(errorOf(await callAs(t, newClient(), 'auth.login', { username: ADMIN.username, password: ADMIN.password }))?.message).toBe(locked);
    t.setNow(later(TEST_CORE_NOW, 5 * MINUTE + 1));
    expect((await recover(setup.recoveryCode)).ok).toBe(true);
  });

  it('does not reset the password of an account that is not an active administrator', async () => {
    const clerk = await addAccount(t, setup.admin, 'thu_ky');
    const second = await addAccount(t, setup.admin, 'quan_tri', { username: 'quantri.hai' });
    await valueAs(t, setup.admin, 'accounts.setDisabled', { id: second.id, disabled: true });
    const refused = { code: 'UNAUTHENTICATED', message: 'Mã khôi phục chỉ dùng để đặt lại mật khẩu của một tài khoản quản trị đang hoạt động.' };
    for (const username of [clerk.username, second.username, 'khong.ton.tai']) {
      const seq = lastAuditSeq(t);
      const hashes = JSON.stringify(t.query('SELECT password_hash FROM accounts ORDER BY id'));
      expect(errorOf(await recover(setup.recoveryCode, username)), username).toEqual(refused);
      expect(JSON.stringify(t.query('SELECT password_hash FROM accounts ORDER BY id'))).toBe(hashes);
      expect(auditRows(t, seq).map((row) => [row.action, row.account_id])).toEqual([['recovery.failed', null]]);
    }
    expect(await valueAs(t, clerk.client, 'auth.me', {})).toMatchObject({ restriction: null });
  });
});

describe('the idle lock', () => {
  const business = (client = setup.admin) => callAs(t, client, 'organization.profile.get', {});

  beforeEach(async () => {
    await valueAs(t, setup.admin, 'settings.security.save', { idleLockMinutes: 10 });
  });

  it('locks a session after the idle time; auth.me still answers; the right password unlocks', async () => {
    t.setNow(later(TEST_CORE_NOW, 9 * MINUTE));
    expect((await business()).ok).toBe(true);
    t.setNow(later(TEST_CORE_NOW, 20 * MINUTE));
    expect(await business()).toEqual({ ok: false, error: { code: 'LOCKED', message: ERROR_MESSAGES.LOCKED } });
    expect(await valueAs(t, setup.admin, 'auth.me', {})).toMatchObject({ restriction: 'locked', idleLockMinutes: 10 });
    expect(errorOf(await callAs(t, setup.admin, 'auth.touch', {}))?.code).toBe('LOCKED');
    const seq = lastAuditSeq(t);
    expect(await valueAs(t, setup.admin, 'auth.unlock', { password: ADMIN.password })).toMatchObject({ restriction: null });
    expect((await business()).ok).toBe(true);
    expect(auditRows(t, seq).map((row) => row.action)).toEqual(['unlock']);
  });

  it('follows the idle setting', async () => {
    await valueAs(t, setup.admin, 'settings.security.save', { idleLockMinutes: 30 });
    t.setNow(later(TEST_CORE_NOW, 29 * MINUTE));
    expect((await business()).ok).toBe(true);
    t.setNow(later(TEST_CORE_NOW, 60 * MINUTE));
    expect(errorOf(await business())?.code).toBe('LOCKED');
  });

  it('ends the session after 5 wrong unlock passwords', async () => {
    t.setNow(later(TEST_CORE_NOW, 11 * MINUTE));
    expect(errorOf(await business())?.code).toBe('LOCKED');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(errorOf(await callAs(t, setup.admin, 'auth.unlock', { password: 'sai-mat-khau' }))?.message).toBe(
        `Mật khẩu không đúng. Còn ${5 - attempt} lần thử trước khi tài khoản bị tạm khóa.`,
      );
      expect((await valueAs(t, setup.admin, 'auth.me', {})).restriction).toBe('locked');
    }
    expect(errorOf(await callAs(t, setup.admin, 'auth.unlock', { password: 'sai-mat-khau' }))?.message).toContain('Hãy thử lại sau 5 phút.');
    expect(errorOf(await callAs(t, setup.admin, 'auth.me', {}))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await callAs(t, setup.admin, 'auth.unlock', { password: ADMIN.password }))?.code).toBe('UNAUTHENTICATED');
    expect(auditRows(t).filter((row) => row.action === 'unlock.failed')).toHaveLength(5);
  });

  it('auth.lock locks at once: every business method answers LOCKED until unlocked', async () => {
    const seq = lastAuditSeq(t);
    expect(await valueAs(t, setup.admin, 'auth.lock', {})).toMatchObject({ restriction: 'locked' });
    expect(errorOf(await business())?.code).toBe('LOCKED');
    expect(errorOf(await callAs(t, setup.admin, 'organization.profile.save', profileInput({ validFrom: '2025-01-01' })))?.code).toBe('LOCKED');
    expect(errorOf(await callAs(t, setup.admin, 'accounts.list', {}))?.code).toBe('LOCKED');
    expect(t.count('organization_profiles')).toBe(1);
    expect(auditRows(t, seq).map((row) => [row.action, row.method, row.detail])).toEqual([
      ['lock', 'auth.lock', null],
      ['refused', 'organization.profile.get', '{"code":"LOCKED"}'],
      ['refused', 'organization.profile.save', '{"code":"LOCKED"}'],
      ['refused', 'accounts.list', '{"code":"LOCKED"}'],
    ]);
    await valueAs(t, setup.admin, 'auth.unlock', { password: ADMIN.password });
    expect((await business()).ok).toBe(true);
  });

  it('locks only the idle session, not the account’s other sessions', async () => {
    t.setNow(later(TEST_CORE_NOW, 8 * MINUTE));
    const other = await login(t, ADMIN.username, ADMIN.password);
    t.setNow(later(TEST_CORE_NOW, 12 * MINUTE));
    expect(errorOf(await business())?.code).toBe('LOCKED');
    expect((await business(other)).ok).toBe(true);
  });
});
