import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import { METHOD_NAMES } from '../../../shared/contract';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { PERMISSIONS } from '../../../shared/permissions';
import { createTestCore, profileInput, type TestCore } from '../../helpers/core';
import { ADMIN, addAccount, callAs, errorOf, login, newClient, setUpAdmin, validInputs, valueAs, type Client } from './support';

let t: TestCore;
let admin: Client;
let adminId: string;

beforeEach(async () => {
  t = await createTestCore();
  ({ admin, adminId } = await setUpAdmin(t));
});

afterEach(async () => {
  await t?.close();
});

const LAST_ADMIN = { code: 'CONFLICT', message: 'Không thể thực hiện: đây là tài khoản quản trị cuối cùng còn hoạt động.' };
const ALLOWED_WHILE_TEMPORARY = ['auth.me', 'auth.logout', 'auth.changePassword'];

function code(envelope: { ok: boolean; error?: { code: string } }): string {
  return envelope.ok ? 'ok' : (envelope.error?.code ?? '?');
}

describe('accounts.create and the temporary password', () => {
  it('forces a password change: the session may only see itself, log out or change the password', async () => {
    const created = await valueAs(t, admin, 'accounts.create', { username: 'quantri.hai', displayName: 'Lê Thị Hai', role: 'quan_tri', temporaryPassword: 'tam-thoi-123' });
    expect(created).toMatchObject({ username: 'quantri.hai', role: 'quan_tri', mustChangePassword: true, disabled: false });
    const client = await login(t, 'quantri.hai', 'tam-thoi-123');
    expect(await valueAs(t, client, 'auth.me', {})).toMatchObject({ restriction: 'mustChangePassword' });

    const inputs = validInputs(created.id, 'tam-thoi-123');
    const restricted = METHOD_NAMES.filter((method) => !('public' in PERMISSIONS[method]) && !ALLOWED_WHILE_TEMPORARY.includes(method));
    const profiles = t.count('organization_profiles');
    for (const method of restricted) {
      const envelope = await callAs(t, client, method, inputs[method]);
      expect(envelope, method).toEqual({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED', message: ERROR_MESSAGES.PASSWORD_CHANGE_REQUIRED } });
    }
    expect(t.count('organization_profiles')).toBe(profiles);
    expect(t.count('accounts')).toBe(2);

    const session = await valueAs(t, client, 'auth.changePassword', { currentPassword: 'tam-thoi-123', newPassword: 'mat-khau-rieng-123', confirmPassword: 'mat-khau-rieng-123' });
    expect(session.restriction).toBeNull();
    expect(code(await callAs(t, client, 'accounts.list', {}))).toBe('ok');
    expect(code(await callAs(t, client, 'organization.profile.save', profileInput({ validFrom: '2025-01-01' })))).toBe('ok');
    expect(errorOf(await callAs(t, newClient(), 'auth.login', { username: 'quantri.hai', password: 'tam-thoi-123' }))?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a username that exists, whatever its case, with a field issue', async () => {
    await valueAs(t, admin, 'accounts.create', { username: 'thuky.hoi', displayName: 'Thư Ký', role: 'thu_ky', temporaryPassword: 'tam-thoi-123' });
    for (const username of ['thuky.hoi', ' THUKY.Hoi ', ADMIN.username]) {
      const envelope = await callAs(t, admin, 'accounts.create', { username, displayName: 'Người Trùng', role: 'thu_ky', temporaryPassword: 'tam-thoi-456' });
      expect(errorOf(envelope), username).toEqual({
        code: 'CONFLICT',
        message: 'Tên đăng nhập này đã có.',
        issues: [{ path: 'username', message: 'Tên đăng nhập này đã có, hãy chọn tên khác.' }],
      });
    }
    expect(t.count('accounts')).toBe(2);
  });

  it('refuses the same new username sent twice at once with CONFLICT, not an internal error', async () => {
    const input = { username: 'trung.ten', displayName: 'Người Trùng', role: 'thu_ky', temporaryPassword: 'tam-thoi-123' };
    const results = await Promise.all([callAs(t, admin, 'accounts.create', input), callAs(t, admin, 'accounts.create', input)]);
    expect(results.map(code).sort()).toEqual(['CONFLICT', 'ok']);
    expect(t.count('accounts')).toBe(2);
  });
});

describe('accounts.setDisabled', () => {
  it('ends the account’s sessions at once and refuses its logins; enabling lets it in again', async () => {
    const clerk = await addAccount(t, admin, 'thu_ky');
    expect(code(await callAs(t, clerk.client, 'auth.me', {}))).toBe('ok');
    expect(await valueAs(t, admin, 'accounts.setDisabled', { id: clerk.id, disabled: true })).toMatchObject({ disabled: true });
    expect(errorOf(await callAs(t, clerk.client, 'organization.profile.get', {}))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await callAs(t, newClient(), 'auth.login', { username: clerk.username, password: clerk.password }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.',
    });
    await valueAs(t, admin, 'accounts.setDisabled', { id: clerk.id, disabled: false });
    expect(code(await callAs(t, await login(t, clerk.username, clerk.password), 'auth.me', {}))).toBe('ok');
  });

  it('ends a session whose account was disabled by any other path (each call reads the account afresh)', async () => {
    const clerk = await addAccount(t, admin, 'thu_ky');
    const raw = new Database(join(t.dataDir, DATABASE_FILE_NAME));
    try {
      raw.prepare("UPDATE accounts SET disabled_at = '2025-01-05T03:00:00.000Z' WHERE id = ?").run(clerk.id);
    } finally {
      raw.close();
    }
    expect(errorOf(await callAs(t, clerk.client, 'auth.me', {}))?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to disable or demote the last active administrator, and allows it once there is a second', async () => {
    expect(errorOf(await callAs(t, admin, 'accounts.setDisabled', { id: adminId, disabled: true }))).toEqual(LAST_ADMIN);
    expect(errorOf(await callAs(t, admin, 'accounts.update', { id: adminId, displayName: ADMIN.displayName, role: 'thu_ky' }))).toEqual(LAST_ADMIN);
    // A disabled administrator does not count as a second one.
    const dormant = await addAccount(t, admin, 'quan_tri', { username: 'quantri.cu' });
    await valueAs(t, admin, 'accounts.setDisabled', { id: dormant.id, disabled: true });
    expect(errorOf(await callAs(t, admin, 'accounts.setDisabled', { id: adminId, disabled: true }))).toEqual(LAST_ADMIN);
    expect(t.query('SELECT role, disabled_at FROM accounts WHERE id = ?', adminId)).toEqual([{ role: 'quan_tri', disabled_at: null }]);

    const second = await addAccount(t, admin, 'quan_tri', { username: 'quantri.moi' });
    expect(await valueAs(t, admin, 'accounts.update', { id: adminId, displayName: ADMIN.displayName, role: 'thu_ky' })).toMatchObject({ role: 'thu_ky' });
    expect(errorOf(await callAs(t, second.client, 'accounts.update', { id: second.id, displayName: 'Quản Trị Mới', role: 'thu_ky' }))).toEqual(LAST_ADMIN);
    expect(await valueAs(t, second.client, 'accounts.update', { id: adminId, displayName: ADMIN.displayName, role: 'quan_tri' })).toMatchObject({ role: 'quan_tri' });
    expect(await valueAs(t, second.client, 'accounts.setDisabled', { id: adminId, disabled: true })).toMatchObject({ disabled: true });
    expect(errorOf(await callAs(t, admin, 'auth.me', {}))?.code).toBe('UNAUTHENTICATED');
  });
});

describe('accounts.resetPassword', () => {
  it('ends the sessions, refuses the old password and forces a change at the next login', async () => {
    const clerk = await addAccount(t, admin, 'thu_ky');
    expect(await valueAs(t, admin, 'accounts.resetPassword', { id: clerk.id, temporaryPassword: 'tam-thoi-moi-789' })).toMatchObject({ mustChangePassword: true });
    expect(errorOf(await callAs(t, clerk.client, 'auth.me', {}))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await callAs(t, newClient(), 'auth.login', { username: clerk.username, password: clerk.password }))?.code).toBe('UNAUTHENTICATED');
    const client = await login(t, clerk.username, 'tam-thoi-moi-789');
    expect(await valueAs(t, client, 'auth.me', {})).toMatchObject({ restriction: 'mustChangePassword' });
    expect(errorOf(await callAs(t, client, 'organization.profile.get', {}))?.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('clears a login lockout', async () => {
    const clerk = await addAccount(t, admin, 'thu_ky');
    for (let index = 0; index < 5; index += 1) await callAs(t, newClient(), 'auth.login', { username: clerk.username, password: 'sai-mat-khau' });
    await valueAs(t, admin, 'accounts.resetPassword', { id: clerk.id, temporaryPassword: 'tam-thoi-moi-789' });
    expect(code(await callAs(t, newClient(), 'auth.login', { username: clerk.username, password: 'tam-thoi-moi-789' }))).toBe('ok');
  });
});

describe('accounts.update', () => {
  it('changes the role of a live session from its next call, both ways', async () => {
    const clerk = await addAccount(t, admin, 'thu_ky');
    const save = () => callAs(t, clerk.client, 'organization.profile.save', profileInput({ validFrom: '2025-01-01' }));
    expect(code(await save())).toBe('ok');
    await valueAs(t, admin, 'accounts.update', { id: clerk.id, displayName: 'Người Xem', role: 'xem_bao_cao' });
    expect(await valueAs(t, clerk.client, 'auth.me', {})).toMatchObject({ role: 'xem_bao_cao', displayName: 'Người Xem' });
    expect(errorOf(await save())?.code).toBe('FORBIDDEN');
    await valueAs(t, admin, 'accounts.update', { id: clerk.id, displayName: 'Người Xem', role: 'thu_ky' });
    expect(code(await save())).toBe('ok');
  });

  it('answers NOT_FOUND for an unknown account', async () => {
    expect(errorOf(await callAs(t, admin, 'accounts.update', { id: 'khong-co', displayName: 'X', role: 'thu_ky' }))?.code).toBe('NOT_FOUND');
  });
});

describe('auth.changePassword', () => {
  it('names currentPassword when it is wrong, counts it toward the lockout, and changes nothing else', async () => {
    const clerk = await addAccount(t, admin, 'thu_ky');
    const hash = t.query('SELECT password_hash FROM accounts WHERE id = ?', clerk.id);
    const envelope = await callAs(t, clerk.client, 'auth.changePassword', { currentPassword: 'khong-dung-1', newPassword: 'mat-khau-moi-999', confirmPassword: 'mat-khau-moi-999' });
    const message = 'Mật khẩu hiện tại không đúng. Còn 4 lần thử trước khi tài khoản bị tạm khóa.';
    expect(errorOf(envelope)).toEqual({ code: 'VALIDATION', message, issues: [{ path: 'currentPassword', message }] });
    expect(t.query('SELECT password_hash FROM accounts WHERE id = ?', clerk.id)).toEqual(hash);
    expect(t.query('SELECT failed_attempts AS n FROM accounts WHERE id = ?', clerk.id)).toEqual([{ n: 1 }]);
  });

  it('locks the account and ends its session after five wrong current passwords', async () => {
    const clerk = await addAccount(t, admin, 'thu_ky');
    const wrong = { currentPassword: 'khong-dung-1', newPassword: 'mat-khau-moi-999', confirmPassword: 'mat-khau-moi-999' };
    for (let attempt = 0; attempt < 4; attempt += 1) await callAs(t, clerk.client, 'auth.changePassword', wrong);
    const fifth = await callAs(t, clerk.client, 'auth.changePassword', wrong);
    expect(errorOf(fifth)?.message).toBe('Tài khoản tạm khóa do nhập sai mật khẩu 5 lần. Hãy thử lại sau 5 phút.');
    expect(errorOf(await callAs(t, clerk.client, 'auth.me', {}))?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a new password shorter than 8 characters or typed differently twice', async () => {
    const clerk = await addAccount(t, admin, 'thu_ky');
    const short = await callAs(t, clerk.client, 'auth.changePassword', { currentPassword: clerk.password, newPassword: 'ngan', confirmPassword: 'ngan' });
    expect(errorOf(short)?.issues).toEqual([{ path: 'newPassword', message: 'Mật khẩu cần ít nhất 8 ký tự.' }]);
    const mismatch = await callAs(t, clerk.client, 'auth.changePassword', { currentPassword: clerk.password, newPassword: 'mat-khau-moi-999', confirmPassword: 'mat-khau-moi-998' });
    expect(errorOf(mismatch)?.issues).toEqual([{ path: 'confirmPassword', message: 'Hai lần nhập mật khẩu không khớp.' }]);
  });
});
