import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../electron/core/audit/chain';
import { describeChange, keepsValues } from '../../../electron/core/audit/changes';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import { createTestCore, profileInput, type TestCore } from '../../helpers/core';
import { ADMIN, addAccount, auditRows, lastAuditSeq, login, setUpAdmin, valueAs, type SetUp } from '../accounts/support';

let t: TestCore;
let setup: SetUp;

beforeEach(async () => {
  t = await createTestCore();
  setup = await setUpAdmin(t);
});

afterEach(async () => {
  await t?.close();
});

describe('the audit chain', () => {
  it('links every appended row to the previous one, and the head to the last', async () => {
    await addAccount(t, setup.admin, 'thu_ky');
    await valueAs(t, setup.admin, 'organization.profile.save', profileInput({ validFrom: '2025-01-01' }));
    const rows = t.query('SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq') as { seq: number; prev_hash: string; hash: string }[];
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_row, index) => index + 1));
    rows.forEach((row, index) => {
      expect(row.prev_hash).toBe(index === 0 ? GENESIS_HASH : rows[index - 1]?.hash);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    });
    expect(t.query('SELECT last_seq, row_count, last_hash FROM audit_head')).toEqual([
      { last_seq: rows.length, row_count: rows.length, last_hash: rows.at(-1)?.hash },
    ]);
    expect(await valueAs(t, setup.admin, 'audit.verify', {})).toEqual({ ok: true, rows: rows.length, brokenAt: null, problem: null });
  });

  it('still verifies after a restart with the same key, and fails from row 1 with another key', async () => {
    const rows = t.count('audit_log');
    t = await t.reopen();
    const admin = await login(t, ADMIN.username, ADMIN.password);
    expect(await valueAs(t, admin, 'audit.verify', {})).toMatchObject({ ok: true, rows: rows + 1 });
    const other = await createTestCore({ dataDir: t.dataDir, auditKey: Buffer.alloc(32, 0x11) });
    try {
      expect(other.core.audit.verify()).toEqual({ ok: false, rows: 1, brokenAt: 1, problem: 'Bản ghi số 1 đã bị sửa hoặc chèn vào sau.' });
    } finally {
      await other.close();
    }
  });

  it('is append-only in the database: the triggers reject UPDATE and DELETE', () => {
    const raw = new Database(join(t.dataDir, DATABASE_FILE_NAME));
    try {
      expect(() => raw.prepare("UPDATE audit_log SET detail = '{}' WHERE seq = 1").run()).toThrow('audit_log is append-only');
      expect(() => raw.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow('audit_log is append-only');
      expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow('audit_log is append-only');
    } finally {
      raw.close();
    }
    expect(t.core.audit.verify()).toMatchObject({ ok: true });
  });
});

describe('describeChange', () => {
  const before = { id: 'x', name: 'Hội cũ', phone: '0204 1', createdAt: 'a', updatedAt: 'a' };
  const after = { id: 'x', name: 'Hội mới', phone: '0204 1', createdAt: 'a', updatedAt: 'b' };

  it.each(['organization.profile', 'settings.security', 'admin_units', 'branches', 'plans'])('keeps old and new values for %s', (entity) => {
    expect(keepsValues(entity)).toBe(true);
    expect(describeChange(entity, before, after)).toEqual({ changes: { name: { old: 'Hội cũ', new: 'Hội mới' } } });
    expect(describeChange(entity, undefined, { name: 'Hội mới' })).toEqual({ changes: { name: { old: null, new: 'Hội mới' } } });
  });

  it.each(['accounts', 'members', 'children', 'cases', 'something.new', '__proto__'])('keeps field names only for %s', (entity) => {
    expect(keepsValues(entity)).toBe(false);
    const person = { fullName: 'Nguyễn Thị Bé', birthDate: '2015-03-04', address: 'Thôn Đông', id: 'y', updatedAt: 'c' };
    const detail = describeChange(entity, undefined, person);
    expect(detail).toEqual({ fields: ['address', 'birthDate', 'fullName'] });
    expect(JSON.stringify(describeChange(entity, { ...person, fullName: 'Cũ' }, person))).toBe('{"fields":["fullName"]}');
  });
});

describe('what the trail keeps of real writes', () => {
  it('keeps no username, display name or password hash of a created, renamed or reset account', async () => {
    const seq = lastAuditSeq(t);
    const clerk = await addAccount(t, setup.admin, 'thu_ky', { username: 'bi.mat.ten', displayName: 'Phạm Thị Bí Mật' });
    await valueAs(t, setup.admin, 'accounts.update', { id: clerk.id, displayName: 'Phạm Thị Đổi Tên', role: 'can_bo_tre_em' });
    await valueAs(t, setup.admin, 'accounts.resetPassword', { id: clerk.id, temporaryPassword: 'tam-thoi-moi-123' });
    const rows = auditRows(t, seq);
    const writes = rows.filter((row) => row.entity === 'accounts');
    expect(writes.map((row) => [row.action, row.record_id, JSON.parse(row.detail ?? 'null')])).toEqual([
      ['write', clerk.id, { fields: ['displayName', 'mustChangePassword', 'passwordHash', 'role', 'username'] }],
      ['password.changed', clerk.id, { fields: ['password'] }],
      ['write', clerk.id, { fields: ['displayName', 'role'] }],
      ['password.reset', clerk.id, { fields: ['mustChangePassword', 'passwordHash'] }],
    ]);
    // The rows about the account (its own actions name it as the actor, by design).
    const text = JSON.stringify(t.query("SELECT * FROM audit_log WHERE seq > ? AND entity = 'accounts' AND account_id <> ?", seq, clerk.id));
    expect(text).toContain('accounts.resetPassword');
    const hashes = t.query('SELECT password_hash FROM accounts').map((row) => String(row.password_hash));
    for (const secret of ['bi.mat.ten', 'Bí Mật', 'Đổi Tên', 'tam-thoi', ...hashes, ...hashes.map((hash) => hash.split('$').at(-1) ?? hash)]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps old and new values of an organisation profile edit', async () => {
    const seq = lastAuditSeq(t);
    const saved = await valueAs(t, setup.admin, 'organization.profile.save', profileInput({ address: 'Số 10 đường Mới', phone: '0204 3999 888' }));
    const [row] = auditRows(t, seq);
    expect(row).toMatchObject({ action: 'write', entity: 'organization.profile', record_id: saved.id, account_id: setup.adminId, method: 'organization.profile.save' });
    expect(JSON.parse(row?.detail ?? 'null')).toEqual({
      changes: {
        address: { old: 'Số 2 đường Hoàng Văn Thụ, thành phố Bắc Giang', new: 'Số 10 đường Mới' },
        phone: { old: '0204 3855 123', new: '0204 3999 888' },
      },
    });
  });

  it('records the setup, the security settings, lock, unlock and logout with their actor', async () => {
    const rows = auditRows(t);
    expect(rows.slice(0, 3).map((row) => [row.action, row.entity, row.account_id])).toEqual([
      ['setup.completed', null, setup.adminId],
      ['write', 'accounts', setup.adminId],
      ['write', 'organization.profile', setup.adminId],
    ]);
    const seq = lastAuditSeq(t);
    await valueAs(t, setup.admin, 'settings.security.save', { idleLockMinutes: 15 });
    await valueAs(t, setup.admin, 'auth.lock', {});
    await valueAs(t, setup.admin, 'auth.unlock', { password: 'mat-khau-quan-tri-2025' });
    await valueAs(t, setup.admin, 'auth.logout', {});
    expect(auditRows(t, seq).map((row) => [row.action, row.detail, row.account_id])).toEqual([
      ['write', '{"changes":{"idleLockMinutes":{"old":null,"new":15}}}', setup.adminId],
      ['lock', null, setup.adminId],
      ['unlock', null, setup.adminId],
      ['logout', null, setup.adminId],
    ]);
  });
});
