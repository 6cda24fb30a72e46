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

/** A session that may only do a few things until the user acts: unlock, or change the password. */
export type SessionRestriction = 'locked' | 'mustChangePassword';

export type MethodAccess =
  | { readonly public: true }
  | { readonly roles: Readonly<Partial<Record<Role, Scope>>>; readonly allowWhen?: readonly SessionRestriction[] };

export interface Session {
  sessionId: string;
  accountId: string;
  displayName: string;
  role: Role;
  restriction: SessionRestriction | null;
}

export type RefusalCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'LOCKED' | 'PASSWORD_CHANGE_REQUIRED';
export type AccessDecision = { allowed: true; scope: Scope | null } | { allowed: false; code: RefusalCode };

const ALL: Readonly<Record<Role, Scope>> = { quan_tri: 'full', thu_ky: 'full', can_bo_tre_em: 'full', xem_bao_cao: 'full' };
const OFFICE: Readonly<Partial<Record<Role, Scope>>> = { quan_tri: 'full', thu_ky: 'full' };
/** Lists of the organisation (units, branches, members): office staff and the report viewer; not child-protection officers. */
const ORGANIZATION_READERS: Readonly<Partial<Record<Role, Scope>>> = { quan_tri: 'full', thu_ky: 'full', xem_bao_cao: 'full' };
const ADMIN: Readonly<Partial<Record<Role, Scope>>> = { quan_tri: 'full' };
const PUBLIC = { public: true } as const;
const ANY_STATE: readonly SessionRestriction[] = ['locked', 'mustChangePassword'];

/**
 * The permission table. Deny by default: a method without an entry is refused for everyone.
 * Public methods are the login, the recovery reset and the first-run methods, including restoring
 * a backup on a new PC (they refuse by themselves once an account exists).
 */
export const PERMISSIONS: Readonly<Record<MethodName, MethodAccess>> = {
  'setup.status': PUBLIC,
  'setup.complete': PUBLIC,
  'auth.login': PUBLIC,
  'auth.recover': PUBLIC,
  'auth.me': { roles: ALL, allowWhen: ANY_STATE },
  'auth.logout': { roles: ALL, allowWhen: ANY_STATE },
  'auth.lock': { roles: ALL, allowWhen: ['locked'] },
  'auth.unlock': { roles: ALL, allowWhen: ['locked'] },
  'auth.touch': { roles: ALL },
  'auth.changePassword': { roles: ALL, allowWhen: ['mustChangePassword'] },
  'system.info': { roles: ALL },
  'system.checkDatabase': { roles: OFFICE },
  'jobs.cancel': { roles: ALL },
  'organization.profile.get': { roles: ALL },
  'organization.profile.versions': { roles: ALL },
  'organization.profile.save': { roles: OFFICE },
  'accounts.list': { roles: ADMIN },
  'accounts.create': { roles: ADMIN },
  'accounts.update': { roles: ADMIN },
  'accounts.setDisabled': { roles: ADMIN },
  'accounts.resetPassword': { roles: ADMIN },
  'audit.list': { roles: ADMIN },
  'audit.verify': { roles: ADMIN },
  'settings.security.get': { roles: ALL },
  'settings.security.save': { roles: ADMIN },
  'units.tree': { roles: ORGANIZATION_READERS },
  'units.search': { roles: ORGANIZATION_READERS },
  'units.history': { roles: ORGANIZATION_READERS },
  'units.export': { roles: ORGANIZATION_READERS },
  'units.flags.list': { roles: ORGANIZATION_READERS },
  'units.flags.save': { roles: OFFICE },
  'units.flags.delete': { roles: OFFICE },
  'units.flags.export': { roles: ORGANIZATION_READERS },
  'units.mappings.list': { roles: ORGANIZATION_READERS },
  'audit.export': { roles: ADMIN },
  'branches.list': { roles: ORGANIZATION_READERS },
  'branches.tree': { roles: ORGANIZATION_READERS },
  'branches.get': { roles: ORGANIZATION_READERS },
  'branches.create': { roles: OFFICE },
  'branches.update': { roles: OFFICE },
  'branches.dissolve': { roles: OFFICE },
  'branches.restore': { roles: OFFICE },
  'branches.delete': { roles: OFFICE },
  'branches.history': { roles: ORGANIZATION_READERS },
  'branches.figures': { roles: ORGANIZATION_READERS },
  'branches.byUnit': { roles: ORGANIZATION_READERS },
  'branches.export': { roles: ORGANIZATION_READERS },
  'lists.import.read': { roles: OFFICE },
  'lists.import.validate': { roles: OFFICE },
  'lists.import.commit': { roles: OFFICE },
  'lists.import.rejected': { roles: OFFICE },
  'lists.import.discard': { roles: OFFICE },
  'backup.status': { roles: ALL },
  'backup.overview': { roles: OFFICE },
  'backup.local.list': { roles: OFFICE },
  'backup.chooseFolder': { roles: OFFICE },
  'backup.run': { roles: OFFICE },
  'backup.passphrase.set': { roles: ADMIN },
  'backup.settings.save': { roles: ADMIN },
  'backup.inspect': { roles: OFFICE },
  'backup.test': { roles: OFFICE },
  'backup.restore': { roles: ADMIN },
  'setup.restore.inspect': PUBLIC,
  'setup.restore': PUBLIC,
  'members.list': { roles: ORGANIZATION_READERS },
  'members.get': { roles: OFFICE },
  'members.create': { roles: OFFICE },
  'members.update': { roles: OFFICE },
  'members.duplicates': { roles: OFFICE },
  'members.delete': { roles: OFFICE },
  'members.restore': { roles: OFFICE },
  'members.purge': { roles: ADMIN },
  'members.summary': { roles: ORGANIZATION_READERS },
  'members.positions.list': { roles: OFFICE },
  'members.positions.save': { roles: OFFICE },
  'members.positions.delete': { roles: OFFICE },
  'members.leadership': { roles: ORGANIZATION_READERS },
  'members.dues.list': { roles: OFFICE },
  'members.dues.save': { roles: OFFICE },
  'members.dues.delete': { roles: OFFICE },
  'members.dues.sheet': { roles: OFFICE },
  'members.dues.unpaid': { roles: OFFICE },
  'members.dues.collect': { roles: OFFICE },
  'members.dues.arrears': { roles: ORGANIZATION_READERS },
  'members.dues.totals': { roles: ORGANIZATION_READERS },
  'members.figures': { roles: ORGANIZATION_READERS },
  /** Issue 7: the office exports members (the export is audited); imports use lists.import.*. */
  'members.export': { roles: OFFICE },
};

/** Decides whether `session` may call `method` under `table`, and with which scope. */
export function checkAccess(
  table: Readonly<Partial<Record<string, MethodAccess>>>,
  method: string,
  session: Session | null,
): AccessDecision {
  const access = Object.hasOwn(table, method) ? table[method] : undefined;
  if (access && 'public' in access) return { allowed: true, scope: null };
  if (!session) return { allowed: false, code: 'UNAUTHENTICATED' };
  if (!access) return { allowed: false, code: 'FORBIDDEN' };
  const scope = Object.hasOwn(access.roles, session.role) ? access.roles[session.role] : undefined;
  if (!scope) return { allowed: false, code: 'FORBIDDEN' };
  if (session.restriction && !access.allowWhen?.includes(session.restriction)) {
    return { allowed: false, code: session.restriction === 'locked' ? 'LOCKED' : 'PASSWORD_CHANGE_REQUIRED' };
  }
  return { allowed: true, scope };
}

/** Whether a role may call a method at all (the renderer uses it to show read-only screens). */
export function roleMay(role: Role, method: MethodName): boolean {
  const access = PERMISSIONS[method];
  return 'public' in access || Object.hasOwn(access.roles, role);
}
