import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { Core, HandlerContext, Handlers } from '../../../electron/core/types';
import { METHOD_NAMES, type MethodName } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { PERMISSIONS, ROLES, type Role, type Scope } from '../../../shared/permissions';
import { createTestCore, withHandlers, type TestCore } from '../../helpers/core';
import { ADMIN, addAccount, auditRows, lastAuditSeq, setUpAdmin, validInputs, valueAs, type Client } from './support';

/**
 * The permission table, enforced by dispatch for real sessions of every role: each method either
 * reaches its handler with the scope the table grants, or is refused before it. The handlers are
 * replaced by spies, so no call has side effects.
 */
const PRIVATE_METHODS = METHOD_NAMES.filter((method) => !('public' in PERMISSIONS[method]));
const REFUSED_BY_SPY = 'Đã tới hàm xử lý.';
const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'LOCKED', 'PASSWORD_CHANGE_REQUIRED'];

let t: TestCore;
let spied: Core;
const reached: { method: string; scope: Scope | null; accountId: string | null }[] = [];
const clients = new Map<Role, { client: Client; id: string; password: string }>();

function spy(_input: unknown, context: HandlerContext): never {
  reached.push({ method: context.method, scope: context.scope, accountId: context.session?.accountId ?? null });
  throw new AppError('CONFLICT', REFUSED_BY_SPY);
}

beforeAll(async () => {
  t = await createTestCore();
  const { admin, adminId } = await setUpAdmin(t);
  clients.set('quan_tri', { client: admin, id: adminId, password: ADMIN.password });
  for (const role of ROLES.filter((role) => role !== 'quan_tri')) {
    const account = await addAccount(t, admin, role);
    clients.set(role, { client: account.client, id: account.id, password: account.password });
  }
  spied = withHandlers(t.core, Object.fromEntries(METHOD_NAMES.map((method) => [method, spy])) as Partial<Handlers>);
});

afterAll(async () => {
  await t?.close();
});

function user(role: Role): { client: Client; id: string; password: string } {
  const found = clients.get(role);
  if (!found) throw new Error(`no session for ${role}`);
  return found;
}

async function callSpied(role: Role, method: MethodName) {
  reached.length = 0;
  const { client, id } = user(role);
  const envelope = await dispatch(spied, method, validInputs(id, 'mat-khau-bat-ky')[method], t.core.resolveSession(client.token));
  return { envelope, reached: [...reached] };
}

const CASES = ROLES.flatMap((role) => PRIVATE_METHODS.map((method) => [role, method] as const));

describe('the permission table through dispatch', () => {
  it.each(CASES)('%s → %s', async (role, method) => {
    const access = PERMISSIONS[method];
    const granted = 'public' in access ? null : (access.roles[role] ?? null);
    const seq = lastAuditSeq(t);
    const { envelope, reached: calls } = await callSpied(role, method);
    if (granted) {
      // Granted: never refused. With a valid input the handler runs, with the table's scope.
      expect(REFUSALS).not.toContain(envelope.ok ? null : envelope.error.code);
      expect(auditRows(t, seq)).toEqual([]);
      if (validInputs('', '')[method] !== undefined) {
        expect(envelope).toEqual({ ok: false, error: { code: 'CONFLICT', message: REFUSED_BY_SPY } });
        expect(calls).toEqual([{ method, scope: granted, accountId: user(role).id }]);
      }
      expect(calls.every((call) => call.scope === granted)).toBe(true);
    } else {
      expect(envelope.ok ? null : envelope.error.code).toBe('FORBIDDEN');
      expect(calls).toEqual([]);
      expect(auditRows(t, seq).map((row) => row.action)).toEqual(['refused']);
    }
  });

  it('gives the administrator every non-public method and the viewer no method that writes', () => {
    const allowed = (role: Role) => PRIVATE_METHODS.filter((method) => {
      const access = PERMISSIONS[method];
      return !('public' in access) && Object.hasOwn(access.roles, role);
    });
    expect(allowed('quan_tri')).toEqual(PRIVATE_METHODS);
    for (const write of ['organization.profile.save', 'accounts.create', 'accounts.update', 'accounts.setDisabled', 'accounts.resetPassword', 'settings.security.save']) {
      expect(allowed('xem_bao_cao')).not.toContain(write);
      expect(allowed('can_bo_tre_em')).not.toContain(write);
    }
    expect(allowed('thu_ky')).toContain('organization.profile.save');
  });
});

describe('restricted sessions through dispatch', () => {
  it('let a locked session reach only the methods allowed while locked', async () => {
    for (const role of ROLES) {
      await valueAs(t, user(role).client, 'auth.lock', {});
      for (const method of PRIVATE_METHODS) {
        const access = PERMISSIONS[method];
        if ('public' in access || !Object.hasOwn(access.roles, role)) continue;
        const { envelope, reached: calls } = await callSpied(role, method);
        const open = access.allowWhen?.includes('locked') ?? false;
        const code = envelope.ok ? null : envelope.error.code;
        if (open) expect(REFUSALS, `${role} ${method}`).not.toContain(code);
        else expect(code, `${role} ${method}`).toBe('LOCKED');
        if (!open) expect(calls, `${role} ${method}`).toEqual([]);
      }
      await valueAs(t, user(role).client, 'auth.unlock', { password: user(role).password });
    }
  });
});
