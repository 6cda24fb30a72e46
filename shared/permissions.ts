import type { MethodName } from './contract';

/** Roles of the association's office (Vietnamese names in ROLE_LABELS). */
export const ROLES = ['quan_tri', 'thu_ky', 'can_bo_tre_em', 'xem_bao_cao'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  quan_tri: 'Quản trị',
  thu_ky: 'Thư ký',
  can_bo_tre_em: 'Cán bộ theo dõi trẻ em',
  xem_bao_cao: 'Xem báo cáo',
};

/**
 * What a permitted caller may see through a method: everything, or aggregated figures only
 * (never a child's identity). The handler receives the scope; it does not decide access.
 */
export type Scope = 'full' | 'aggregates';

export type MethodAccess = { readonly public: true } | { readonly roles: Readonly<Partial<Record<Role, Scope>>> };

export interface Session {
  accountId: string;
  displayName: string;
  role: Role;
}

export type AccessDecision = { allowed: true; scope: Scope | null } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' };

const EVERY_ROLE_FULL = { quan_tri: 'full', thu_ky: 'full', can_bo_tre_em: 'full', xem_bao_cao: 'full' } as const;
const OFFICE_STAFF = { quan_tri: 'full', thu_ky: 'full' } as const;

/** The permission table. Deny by default: a method without an entry is refused for everyone. */
export const PERMISSIONS: Readonly<Record<MethodName, MethodAccess>> = {
  'system.info': { roles: EVERY_ROLE_FULL },
  'system.checkDatabase': { roles: OFFICE_STAFF },
  'jobs.cancel': { roles: EVERY_ROLE_FULL },
  'organization.profile.get': { roles: EVERY_ROLE_FULL },
  'organization.profile.versions': { roles: EVERY_ROLE_FULL },
  'organization.profile.save': { roles: OFFICE_STAFF },
};

/** Decides whether `session` may call `method` under `table`, and with which scope. */
export function checkAccess(
  table: Readonly<Partial<Record<string, MethodAccess>>>,
  method: string,
  session: Session | null,
): AccessDecision {
  if (!Object.hasOwn(table, method)) return session ? { allowed: false, code: 'FORBIDDEN' } : { allowed: false, code: 'UNAUTHENTICATED' };
  const access = table[method];
  if (!access) return { allowed: false, code: 'FORBIDDEN' };
  if ('public' in access) return { allowed: true, scope: null };
  if (!session) return { allowed: false, code: 'UNAUTHENTICATED' };
  const scope = Object.hasOwn(access.roles, session.role) ? access.roles[session.role] : undefined;
  return scope ? { allowed: true, scope } : { allowed: false, code: 'FORBIDDEN' };
}
