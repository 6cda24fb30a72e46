import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../shared/contract';
import { checkAccess, PERMISSIONS, ROLES, type MethodAccess, type Role, type Session } from '../../../shared/permissions';
import { testSession } from '../../helpers/core';

function session(role: Role): Session {
  return testSession({ accountId: `account-${role}`, role });
}

const TABLE: Readonly<Partial<Record<string, MethodAccess>>> = {
  'demo.public': { public: true },
  'demo.staff': { roles: { quan_tri: 'full', thu_ky: 'full' } },
  'demo.reports': { roles: { quan_tri: 'full', xem_bao_cao: 'aggregates' } },
  'demo.nobody': { roles: {} },
  'demo.undefined': undefined,
};

describe('the permission table', () => {
  it('has an entry for every method of the contract', () => {
    const names = Object.keys(contract);
    expect(names.length).toBeGreaterThan(0);
    expect(METHOD_NAMES).toEqual(names);
    const missing = names.filter((name) => !Object.hasOwn(PERMISSIONS, name));
    expect(missing).toEqual([]);
  });

  it('has no entry for a method that is not in the contract', () => {
    const extra = Object.keys(PERMISSIONS).filter((name) => !Object.hasOwn(contract, name));
    expect(extra).toEqual([]);
  });

  it('only grants roles that exist, with a known scope', () => {
    for (const [method, access] of Object.entries(PERMISSIONS)) {
      if ('public' in access) continue;
      for (const [role, scope] of Object.entries(access.roles)) {
        expect(ROLES, `${method}: ${role}`).toContain(role);
        expect(['full', 'aggregates'], `${method}: ${role}`).toContain(scope);
      }
    }
  });

  it('lets every role read the organisation profile but only office staff save it', () => {
    const allowed = (method: string) => ROLES.filter((role) => checkAccess(PERMISSIONS, method, session(role)).allowed);
    expect(allowed('organization.profile.get')).toEqual([...ROLES]);
    expect(allowed('organization.profile.save')).toEqual(['quan_tri', 'thu_ky']);
    expect(allowed('system.checkDatabase')).toEqual(['quan_tri', 'thu_ky']);
  });
});

describe('checkAccess', () => {
  it('refuses a method the table has no entry for, for every role and without a session', () => {
    const table = Object.fromEntries(Object.entries(PERMISSIONS).filter(([method]) => method !== 'organization.profile.get'));
    for (const role of ROLES) {
      expect(checkAccess(table, 'organization.profile.get', session(role))).toEqual({ allowed: false, code: 'FORBIDDEN' });
    }
    expect(checkAccess(table, 'organization.profile.get', null)).toEqual({ allowed: false, code: 'UNAUTHENTICATED' });
    expect(checkAccess(PERMISSIONS, 'organization.profile.get', session('thu_ky')).allowed).toBe(true);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('does not take the inherited %s for an entry', (method) => {
    expect(checkAccess(TABLE, method, session('quan_tri'))).toEqual({ allowed: false, code: 'FORBIDDEN' });
  });

  it.each<[string, Role | null, ReturnType<typeof checkAccess>]>([
    ['demo.public', null, { allowed: true, scope: null }],
    ['demo.public', 'xem_bao_cao', { allowed: true, scope: null }],
    ['demo.staff', null, { allowed: false, code: 'UNAUTHENTICATED' }],
    ['demo.staff', 'quan_tri', { allowed: true, scope: 'full' }],
    ['demo.staff', 'thu_ky', { allowed: true, scope: 'full' }],
    ['demo.staff', 'can_bo_tre_em', { allowed: false, code: 'FORBIDDEN' }],
    ['demo.staff', 'xem_bao_cao', { allowed: false, code: 'FORBIDDEN' }],
    ['demo.reports', 'quan_tri', { allowed: true, scope: 'full' }],
    ['demo.reports', 'xem_bao_cao', { allowed: true, scope: 'aggregates' }],
    ['demo.reports', 'thu_ky', { allowed: false, code: 'FORBIDDEN' }],
    ['demo.nobody', 'quan_tri', { allowed: false, code: 'FORBIDDEN' }],
    ['demo.nobody', null, { allowed: false, code: 'UNAUTHENTICATED' }],
    ['demo.undefined', 'quan_tri', { allowed: false, code: 'FORBIDDEN' }],
    ['demo.missing', 'quan_tri', { allowed: false, code: 'FORBIDDEN' }],
    ['demo.missing', null, { allowed: false, code: 'UNAUTHENTICATED' }],
  ])('%s as %s → %j', (method, role, expected) => {
    expect(checkAccess(TABLE, method, role ? session(role) : null)).toEqual(expected);
  });

  it('does not grant a role through the prototype of the roles object', () => {
    const roles: Partial<Record<Role, 'full'>> = Object.create({ can_bo_tre_em: 'full' }) as Partial<Record<Role, 'full'>>;
    expect(checkAccess({ 'demo.inherited': { roles } }, 'demo.inherited', session('can_bo_tre_em'))).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
    });
  });
});
