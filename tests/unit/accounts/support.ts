import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import { dispatch } from '../../../electron/core/dispatch';
import type { MethodName, MethodOutput } from '../../../shared/contract';
import type { AppErrorData, Envelope } from '../../../shared/errors';
import type { Role } from '../../../shared/permissions';
import { profileInput, type TestCore } from '../../helpers/core';

/** Helpers shared by the accounts and audit tests (not a test file itself). */

/**
 * What a transport holds for one user: the session token the core handed out. `callAs` resolves
 * it and passes hooks that update it, exactly as the browser host does with its cookie.
 */
export interface Client {
  token: string | undefined;
}

export function newClient(): Client {
  return { token: undefined };
}

export function callAs<M extends MethodName>(t: TestCore, client: Client, method: M, input: unknown): Promise<Envelope<MethodOutput<M>>>;
export function callAs(t: TestCore, client: Client, method: string, input: unknown): Promise<Envelope<unknown>>;
export function callAs(t: TestCore, client: Client, method: string, input: unknown): Promise<Envelope<unknown>> {
  const session = t.core.resolveSession(client.token);
  return dispatch(t.core, method, input, session, { setSessionToken: (token) => void (client.token = token ?? undefined) });
}

/** Like `callAs`, but returns the value and throws when the envelope holds an error. */
export async function valueAs<M extends MethodName>(t: TestCore, client: Client, method: M, input: unknown): Promise<MethodOutput<M>> {
  const envelope = await callAs(t, client, method, input);
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

/** The error of an envelope (null when it succeeded). */
export function errorOf(envelope: Envelope<unknown>): AppErrorData | null {
  return envelope.ok ? null : envelope.error;
}

export const ADMIN = { username: 'quantri.hoi', displayName: 'Trần Văn Quản Trị', password: 'mat-khau-quan-tri-2025' } as const;

export interface SetUp {
  admin: Client;
  adminId: string;
  recoveryCode: string;
}

export function setupInput(admin: { username: string; displayName: string; password: string } = ADMIN): Record<string, unknown> {
  return {
    profile: profileInput(),
    admin: { username: admin.username, displayName: admin.displayName, newPassword: admin.password, confirmPassword: admin.password },
  };
}

/** Runs the first-run setup through dispatch: the first administrator, signed in. */
export async function setUpAdmin(t: TestCore): Promise<SetUp> {
  const admin = newClient();
  const result = await valueAs(t, admin, 'setup.complete', setupInput());
  return { admin, adminId: result.session.accountId, recoveryCode: result.recoveryCode };
}

export interface TestAccount {
  id: string;
  username: string;
  password: string;
  client: Client;
}

/** Signs in; the returned client holds the new session. */
export async function login(t: TestCore, username: string, password: string): Promise<Client> {
  const client = newClient();
  await valueAs(t, client, 'auth.login', { username, password });
  return client;
}

/**
 * An account created by the administrator with a temporary password, then signed in; unless
 * `keepTemporary`, its password is changed at once, so the session is unrestricted.
 */
export async function addAccount(
  t: TestCore,
  admin: Client,
  role: Role,
  options: { username?: string; displayName?: string; keepTemporary?: boolean } = {},
): Promise<TestAccount> {
  const username = options.username ?? `tk.${role.replaceAll('_', '')}`;
  const temporary = `tam-thoi-${role}`;
  const input = { username, displayName: options.displayName ?? `Người dùng ${role}`, role, temporaryPassword: temporary };
  const account = await valueAs(t, admin, 'accounts.create', input);
  const client = await login(t, username, temporary);
  if (options.keepTemporary) return { id: account.id, username, password: temporary, client };
  const password = `mat-khau-moi-${role}`;
  await valueAs(t, client, 'auth.changePassword', { currentPassword: temporary, newPassword: password, confirmPassword: password });
  return { id: account.id, username, password, client };
}

/**
 * A valid input for the methods of this issue (the others get none: access is checked before
 * the input is parsed, so a refusal does not depend on it). `id` is the account the account
 * methods act on; `password` is what the password fields carry.
 */
export function validInputs(id: string, password: string): Partial<Record<MethodName, unknown>> {
  const temporaryPassword = 'tam-thoi-moi-123';
  return {
    'system.info': {},
    'system.checkDatabase': {},
    'jobs.cancel': { jobId: 'job-khong-co' },
    'organization.profile.get': {},
    'organization.profile.versions': {},
    'organization.profile.save': profileInput({ validFrom: '2025-01-01', name: 'Hội Bảo vệ quyền trẻ em (đã sửa trái phép)' }),
    'setup.status': {},
    'setup.complete': setupInput({ username: 'ke.gian', displayName: 'Kẻ Gian', password: 'mat-khau-ke-gian' }),
    'auth.login': { username: ADMIN.username, password },
    'auth.recover': { username: ADMIN.username, recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE', newPassword: 'mat-khau-ke-gian', confirmPassword: 'mat-khau-ke-gian' },
    'auth.me': {},
    'auth.logout': {},
    'auth.lock': {},
    'auth.unlock': { password },
    'auth.touch': {},
    'auth.changePassword': { currentPassword: password, newPassword: 'mat-khau-ke-gian', confirmPassword: 'mat-khau-ke-gian' },
    'accounts.list': {},
    'accounts.create': { username: 'ke.gian', displayName: 'Kẻ Gian', role: 'quan_tri', temporaryPassword },
    'accounts.update': { id, displayName: 'Đã bị đổi tên', role: 'xem_bao_cao' },
    'accounts.setDisabled': { id, disabled: true },
    'accounts.resetPassword': { id, temporaryPassword },
    'audit.list': {},
    'audit.verify': {},
    'settings.security.get': {},
    'settings.security.save': { idleLockMinutes: 240 },
  };
}

export interface AuditRecord {
  seq: number;
  account_id: string | null;
  account_name: string | null;
  action: string;
  method: string | null;
  entity: string | null;
  record_id: string | null;
  detail: string | null;
}

/** Audit rows after `afterSeq`, oldest first. */
export function auditRows(t: TestCore, afterSeq = 0): AuditRecord[] {
  return t.query(
    'SELECT seq, account_id, account_name, action, method, entity, record_id, detail FROM audit_log WHERE seq > ? ORDER BY seq',
    afterSeq,
  ) as unknown as AuditRecord[];
}

export function lastAuditSeq(t: TestCore): number {
  return Number(t.query('SELECT coalesce(max(seq), 0) AS seq FROM audit_log')[0]?.seq ?? 0);
}

/** The raw bytes of the database file and its WAL, as text (for "never stored" checks). */
export function rawDatabaseText(t: TestCore): string {
  const file = join(t.dataDir, DATABASE_FILE_NAME);
  return [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1') + readFileSync(path).toString('utf8'))
    .join('\n');
}

/** An ISO instant `ms` after `iso`. */
export function later(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export const MINUTE = 60_000;
