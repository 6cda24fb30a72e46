import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../../shared/contract';
import { ERROR_CODES } from '../../../shared/errors';
import { PERMISSIONS, roleMay } from '../../../shared/permissions';
import { createTestCore, snapshotTables, type TableSnapshot, type TestCore } from '../../helpers/core';
import { addAccount, callAs, login, setUpAdmin, validInputs, type Client, type TestAccount } from './support';

/**
 * Xem báo cáo is a read-only role: whatever it sends to the methods it may call, no business
 * table changes. Only the audit trail and the account's login-attempt columns may move.
 */
const VIEWER_METHODS = METHOD_NAMES.filter((method) => roleMay('xem_bao_cao', method));
const HUGE = 'Nguyễn Thị Dài '.repeat(7_000).slice(0, 100_000);
const NFD = 'Nguyễn Văn Ánh — Hội Bảo vệ quyền trẻ em'.normalize('NFD');
const SQL = "x'); DROP TABLE accounts; UPDATE accounts SET role = 'quan_tri' WHERE ('1'='1";
const FIELDS = ['asOf', 'jobId', 'password', 'currentPassword', 'newPassword', 'confirmPassword', 'username', 'recoveryCode', 'idleLockMinutes', 'profile', 'admin'];

function everyField(value: unknown): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((field) => [field, value]));
}

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { asOf: '2025-01-01' };
  for (let level = 0; level < depth; level += 1) value = { asOf: value, jobId: value };
  return value;
}

function hostileInputs(method: MethodName, viewer: TestAccount): [string, unknown][] {
  const valid = validInputs(viewer.id, 'sai-mat-khau-1')[method];
  return [
    ['a number', 42],
    ['a string', 'organization.profile.save'],
    ['an array', [{ asOf: '2025-01-01' }, null]],
    ['null', null],
    ['the valid input', valid],
    ['the valid input with an extra key', { ...(valid as object), role: 'quan_tri' }],
    ['wrong types in every field', everyField({ toString: 1 })],
    ['100 kB strings', everyField(HUGE)],
    ['__proto__ and constructor keys', JSON.parse('{"__proto__":{"role":"quan_tri","polluted":true},"constructor":{"prototype":{"polluted":true}},"asOf":"2025-01-01"}')],
    ['SQL-ish text', { ...everyField(SQL), username: "xem.baocao' --", asOf: "2025-01-01' OR 1=1 --" }],
    ['NFD text', { ...everyField(NFD), username: 'xém.baocao'.normalize('NFD') }],
    ['negative numbers', everyField(-1)],
    ['huge numbers', everyField(Number.MAX_VALUE)],
    ['nested objects', nested(200)],
  ];
}

let t: TestCore;
let viewer: TestAccount;
let admin: Client;
/** One fresh session per (method, input), signed in before the snapshot: a logout or lock stays local. */
const sessions: Client[] = [];
let baseline: Record<string, TableSnapshot>;

const SNAPSHOT = {
  skipTables: ['audit_log', 'audit_head'],
  skipColumns: { accounts: ['failed_attempts', 'locked_until', 'updated_at'] },
} as const;

beforeAll(async () => {
  t = await createTestCore();
  ({ admin } = await setUpAdmin(t));
  viewer = await addAccount(t, admin, 'xem_bao_cao', { username: 'xem.baocao' });
  const calls = VIEWER_METHODS.length * hostileInputs('auth.me', viewer).length;
  for (let index = 0; index < calls; index += 1) sessions.push(await login(t, viewer.username, viewer.password));
  baseline = snapshotTables(t, SNAPSHOT);
});

afterAll(async () => {
  await t?.close();
});

describe('Xem báo cáo with hostile input', () => {
  it('may call the report-reading methods and nothing that writes business data', () => {
    expect(VIEWER_METHODS).toEqual(expect.arrayContaining(['organization.profile.get', 'organization.profile.versions', 'settings.security.get']));
    for (const method of ['organization.profile.save', 'accounts.create', 'settings.security.save', 'audit.list'] as const) {
      expect(VIEWER_METHODS).not.toContain(method);
    }
    expect(VIEWER_METHODS.filter((method) => !('public' in PERMISSIONS[method]) && PERMISSIONS[method].roles.xem_bao_cao !== undefined)).toEqual(
      VIEWER_METHODS.filter((method) => !('public' in PERMISSIONS[method])),
    );
  });

  it.each(VIEWER_METHODS)('%s: every hostile input answers with an envelope and changes no business table', async (method) => {
    const offset = VIEWER_METHODS.indexOf(method) * hostileInputs(method, viewer).length;
    for (const [index, [label, input]] of hostileInputs(method, viewer).entries()) {
      const client = sessions[offset + index];
      if (!client) throw new Error('not enough sessions');
      const envelope = await callAs(t, client, method, input);
      expect(typeof envelope.ok, `${method} / ${label}`).toBe('boolean');
      if (!envelope.ok) {
        expect(Object.keys(envelope), `${method} / ${label}`).toEqual(['ok', 'error']);
        expect(ERROR_CODES, `${method} / ${label}`).toContain(envelope.error.code);
        expect(envelope.error.code, `${method} / ${label}`).not.toBe('INTERNAL');
      }
      expect(snapshotTables(t, SNAPSHOT), `${method} / ${label}`).toEqual(baseline);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).role).toBeUndefined();
    expect(t.readLog()).not.toContain('call.failed');
  });

  it('leaves the viewer a viewer and the audit chain intact; a real write shows in the snapshot', async () => {
    const accounts = await callAs(t, admin, 'accounts.list', {});
    expect(accounts.ok ? accounts.value.find((account) => account.id === viewer.id)?.role : null).toBe('xem_bao_cao');
    expect(await callAs(t, admin, 'audit.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
    expect(await callAs(t, admin, 'organization.profile.save', validInputs(viewer.id, '')['organization.profile.save'])).toMatchObject({ ok: true });
    const after = snapshotTables(t, SNAPSHOT);
    expect(after.organization_profiles).not.toEqual(baseline.organization_profiles);
    expect({ ...after, organization_profiles: baseline.organization_profiles }).toEqual(baseline);
  });
});
