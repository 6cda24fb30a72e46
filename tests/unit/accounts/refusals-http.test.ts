import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_LIFETIME_MS } from '../../../electron/core/accounts/sessions';
import { SESSION_COOKIE } from '../../../electron/host-http/api-routes';
import { METHOD_NAMES, type MethodName } from '../../../shared/contract';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { PERMISSIONS, ROLES, type Role } from '../../../shared/permissions';
import { snapshotTables, TEST_CORE_NOW, type TableSnapshot } from '../../helpers/core';
import { ADMIN_PASSWORD, invoke, startTestHost, type HttpResponse, type TestHost } from '../host-http/test-host';
import { auditRows, lastAuditSeq, later, validInputs } from './support';

/**
 * Every non-public method, called over the browser host's real HTTP API without a session, with
 * an expired session, and with a role that lacks the right: refused, nothing in the answer,
 * nothing written but the audit row of the refusal.
 */
const PRIVATE_METHODS = METHOD_NAMES.filter((method) => !('public' in PERMISSIONS[method]));

function rolesLacking(method: MethodName): Role[] {
  const access = PERMISSIONS[method];
  return 'public' in access ? [] : ROLES.filter((role) => !Object.hasOwn(access.roles, role));
}

const LACKING = PRIVATE_METHODS.flatMap((method) => rolesLacking(method).map((role) => [method, role] as const));

let h: TestHost;
let adminId: string;
let adminUsername: string;
let inputs: Partial<Record<MethodName, unknown>>;
/** Sessions per role (other than the first administrator's), with their account ids. */
const users = new Map<Role, { cookie: string; id: string }>();
/** One session per method, signed in at TEST_CORE_NOW, used after the clock moved past its lifetime. */
const expiring = new Map<MethodName, string>();
let baseline: Record<string, TableSnapshot>;

const headers = (cookie?: string): Record<string, string> => ({ 'x-sohoi-key': h.secret, ...(cookie ? { cookie } : {}) });

function cookieOf(response: HttpResponse): string {
  const cookie = (response.headers['set-cookie'] ?? []).map((value) => value.split(';')[0] ?? '').find((value) => value.startsWith(`${SESSION_COOKIE}=`));
  if (response.status !== 200 || !cookie) throw new Error(`no session: ${response.status} ${response.text}`);
  return cookie;
}

async function login(username: string, password: string): Promise<string> {
  return cookieOf(await invoke(h, 'auth.login', { username, password }, headers()));
}

async function ok(cookie: string, method: MethodName, input: unknown): Promise<unknown> {
  const body = (await invoke(h, method, input, headers(cookie))).json() as { ok: boolean; value?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
  return body.value;
}

beforeAll(async () => {
  h = await startTestHost();
  const me = (await ok(h.sessionCookie, 'auth.me', {})) as { accountId: string; username: string };
  adminId = me.accountId;
  adminUsername = me.username;
  inputs = validInputs(adminId, ADMIN_PASSWORD);
  for (const role of ROLES.filter((role) => role !== 'quan_tri')) {
    const username = `tk.${role.replaceAll('_', '')}`;
    const account = (await ok(h.sessionCookie, 'accounts.create', { username, displayName: `Người ${role}`, role, temporaryPassword: 'tam-thoi-123' })) as { id: string };
    const cookie = await login(username, 'tam-thoi-123');
    await ok(cookie, 'auth.changePassword', { currentPassword: 'tam-thoi-123', newPassword: 'mat-khau-that-123', confirmPassword: 'mat-khau-that-123' });
    users.set(role, { cookie, id: account.id });
  }
  for (const method of PRIVATE_METHODS) expiring.set(method, await login(adminUsername, ADMIN_PASSWORD));
  baseline = snapshotTables(h.t, { skipTables: ['audit_log', 'audit_head'] });
});

afterAll(async () => {
  await h?.close();
});

async function expectRefused(method: MethodName, cookie: string | undefined, code: 'UNAUTHENTICATED' | 'FORBIDDEN', accountId: string | null) {
  const seq = lastAuditSeq(h.t);
  const response = await invoke(h, method, inputs[method], headers(cookie));
  expect(response.status).toBe(200);
  // Nothing but the code and the default message: no value, no issues, no hint about the input.
  expect(response.json()).toEqual({ ok: false, error: { code, message: ERROR_MESSAGES[code] } });
  expect(response.headers['set-cookie']).toBeUndefined();
  const rows = auditRows(h.t, seq);
  expect(rows.map((row) => ({ action: row.action, method: row.method, accountId: row.account_id, detail: row.detail }))).toEqual([
    { action: 'refused', method, accountId, detail: JSON.stringify({ code }) },
  ]);
  expect(snapshotTables(h.t, { skipTables: ['audit_log', 'audit_head'] })).toEqual(baseline);
}

describe('over HTTP, every non-public method', () => {
  it('is refused without a session cookie', async () => {
    for (const method of PRIVATE_METHODS) await expectRefused(method, undefined, 'UNAUTHENTICATED', null);
  });

  it('is refused with a session token the core never issued', async () => {
    for (const method of PRIVATE_METHODS) await expectRefused(method, `${SESSION_COOKIE}=forged-${method}`, 'UNAUTHENTICATED', null);
  });

  it.each(LACKING)('%s is FORBIDDEN to %s', async (method, role) => {
    const user = users.get(role);
    if (!user) throw new Error(`no session for ${role}`);
    await expectRefused(method, user.cookie, 'FORBIDDEN', user.id);
  });

  it('leaves at least one method to every role but the administrator', () => {
    expect(new Set(LACKING.map(([, role]) => role))).toEqual(new Set(ROLES.filter((role) => role !== 'quan_tri')));
  });

  // Last: it moves the clock past every session's lifetime.
  it('is refused with a session past its lifetime', async () => {
    const first = expiring.get(PRIVATE_METHODS[0] ?? 'auth.me') ?? '';
    h.t.setNow(later(TEST_CORE_NOW, SESSION_LIFETIME_MS));
    expect(((await invoke(h, 'auth.me', {}, headers(first))).json() as { ok: boolean }).ok).toBe(true);
    h.t.setNow(later(TEST_CORE_NOW, SESSION_LIFETIME_MS + 1000));
    for (const method of PRIVATE_METHODS) await expectRefused(method, expiring.get(method), 'UNAUTHENTICATED', null);
  });

  it('would have written with the same inputs for a caller with the right (the refusals are not input errors)', async () => {
    const cookie = await login('tk.thuky', 'mat-khau-that-123');
    const before = h.t.count('organization_profiles');
    await ok(cookie, 'organization.profile.save', inputs['organization.profile.save']);
    expect(h.t.count('organization_profiles')).toBe(before + 1);
    const admin = await login(adminUsername, ADMIN_PASSWORD);
    expect(await ok(admin, 'settings.security.save', inputs['settings.security.save'])).toEqual({ idleLockMinutes: 240 });
  });
});
