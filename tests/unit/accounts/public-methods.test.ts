import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/contract';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { PERMISSIONS } from '../../../shared/permissions';
import { createTestCore, snapshotTables, type TestCore } from '../../helpers/core';
import { ADMIN, auditRows, callAs, errorOf, lastAuditSeq, newClient, setUpAdmin, setupInput, validInputs } from './support';

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore();
});

afterEach(async () => {
  await t?.close();
});

const PUBLIC_METHODS = METHOD_NAMES.filter((method) => 'public' in PERMISSIONS[method]);
const PRIVATE_METHODS = METHOD_NAMES.filter((method) => !('public' in PERMISSIONS[method]));
const FIRST_RUN_METHODS = PUBLIC_METHODS.filter((method) => method.startsWith('setup.'));

describe('public methods', () => {
  it('are exactly the login, the recovery reset and the first-run (setup.*) methods', () => {
    // The first-run wizard may grow (the backup issue adds "restore from a backup" to it); nothing else may.
    expect(PUBLIC_METHODS.filter((method) => !FIRST_RUN_METHODS.includes(method)).sort()).toEqual(['auth.login', 'auth.recover']);
    expect(FIRST_RUN_METHODS).toEqual(expect.arrayContaining(['setup.status', 'setup.complete']));
    expect(PUBLIC_METHODS.length + PRIVATE_METHODS.length).toBe(Object.keys(PERMISSIONS).length);
  });

  it('on a fresh core, every other method refuses a caller without a session, audits it and writes nothing else', async () => {
    const before = snapshotTables(t, { skipTables: ['audit_log', 'audit_head'] });
    const inputs = validInputs('khong-co', 'mat-khau-bat-ky');
    for (const method of PRIVATE_METHODS) {
      const seq = lastAuditSeq(t);
      const envelope = await callAs(t, newClient(), method, inputs[method]);
      expect(envelope, method).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: ERROR_MESSAGES.UNAUTHENTICATED } });
      expect(auditRows(t, seq).map((row) => [row.action, row.method, row.account_id, row.detail]), method).toEqual([
        ['refused', method, null, '{"code":"UNAUTHENTICATED"}'],
      ]);
    }
    expect(snapshotTables(t, { skipTables: ['audit_log', 'audit_head'] })).toEqual(before);
    expect(t.count('accounts')).toBe(0);
  });

  it('on a fresh core, the four public methods reach their handlers without a session', async () => {
    const login = await callAs(t, newClient(), 'auth.login', { username: ADMIN.username, password: ADMIN.password });
    expect(errorOf(login)).toEqual({ code: 'UNAUTHENTICATED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    const recover = await callAs(t, newClient(), 'auth.recover', validInputs('x', 'y')['auth.recover']);
    expect(errorOf(recover)?.message).toBe('Mã khôi phục chỉ dùng để đặt lại mật khẩu của một tài khoản quản trị đang hoạt động.');
    // Their handlers answered (login.failed, recovery.failed), not the access check (refused).
    expect(auditRows(t).map((row) => row.action)).toEqual(['login.failed', 'recovery.failed']);

    expect(await callAs(t, newClient(), 'setup.status', {})).toEqual({ ok: true, value: { needsSetup: true } });
    const client = newClient();
    const setup = await callAs(t, client, 'setup.complete', setupInput());
    expect(setup.ok).toBe(true);
    expect(client.token).toBeDefined();
    expect(t.count('accounts')).toBe(1);
  });
});

describe('first-run methods once an account exists', () => {
  it('refuse with CONFLICT, with or without a session, and write nothing', async () => {
    const { admin } = await setUpAdmin(t);
    const before = snapshotTables(t);
    const already = { code: 'CONFLICT', message: 'Sổ Hội đã được thiết lập trên máy này. Hãy đăng nhập.' };
    for (const client of [newClient(), admin]) {
      expect(errorOf(await callAs(t, client, 'setup.status', {}))).toEqual(already);
      const other = setupInput({ username: 'quantri.moi', displayName: 'Người Chiếm Quyền', password: 'mat-khau-chiem-quyen' });
      expect(errorOf(await callAs(t, client, 'setup.complete', other))).toEqual(already);
    }
    expect(snapshotTables(t)).toEqual(before);
    expect(t.count('accounts')).toBe(1);
  });

  it('every first-run method fails and writes nothing, with or without a session', async () => {
    const { admin } = await setUpAdmin(t);
    const before = snapshotTables(t);
    const inputs = validInputs('khong-co', ADMIN.password);
    for (const client of [newClient(), admin]) {
      for (const method of FIRST_RUN_METHODS) expect((await callAs(t, client, method, inputs[method] ?? {})).ok, method).toBe(false);
    }
    expect(snapshotTables(t)).toEqual(before);
  });

  it('let only one of two simultaneous setups through', async () => {
    const first = setupInput();
    const second = setupInput({ username: 'quantri.hai', displayName: 'Người Thứ Hai', password: 'mat-khau-thu-hai' });
    const results = await Promise.all([callAs(t, newClient(), 'setup.complete', first), callAs(t, newClient(), 'setup.complete', second)]);
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(t.count('accounts')).toBe(1);
    expect(t.count('organization_profiles')).toBe(1);
    expect(t.query("SELECT count(*) AS n FROM app_settings WHERE key = 'security.recoveryCodeHash'")).toEqual([{ n: 1 }]);
  });
});
