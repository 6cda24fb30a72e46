import { findAccount, findAccountByUsername } from '../../../db/repositories/accounts';
import type { Account } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import type { HandlersOf, HandlerContext } from '../types';
import { actor } from './account-dto';
import { clearFailures, recordFailure, refuseIfLockedOut, WRONG_CREDENTIALS } from './credentials';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from './passwords';
import { recoverWithCode } from './recovery';
import { sessionInfoOf } from './session-service';

type AuthMethod = 'auth.login' | 'auth.recover' | 'auth.me' | 'auth.logout' | 'auth.lock' | 'auth.unlock' | 'auth.touch' | 'auth.changePassword';

/** A hash to compare against when the user does not exist, so that both paths cost the same. */
let decoyHash: Promise<string> | null = null;

function sessionAccount(context: HandlerContext): { account: Account; record: NonNullable<ReturnType<HandlerContext['sessions']['get']>> } {
  const session = context.session;
  const record = session ? context.sessions.get(session.sessionId) : null;
  const account = session ? findAccount(context.db, session.accountId) : undefined;
  if (!record || !account) throw new AppError('UNAUTHENTICATED');
  return { account, record };
}

async function login(input: { username: string; password: string }, context: HandlerContext) {
  const account = findAccountByUsername(context.db, input.username);
  if (!account || account.disabledAt !== null) {
    await verifyPassword(input.password, await (decoyHash ??= hashPassword('decoy-password', DEFAULT_SCRYPT)));
    context.audit.record({ action: 'login.failed', method: context.method, detail: { reason: account ? 'disabled' : 'unknown_user' } });
    throw new AppError('UNAUTHENTICATED', account ? 'Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.' : WRONG_CREDENTIALS);
  }
  refuseIfLockedOut(context, account, 'login.failed');
  if (!(await verifyPassword(input.password, account.passwordHash))) recordFailure(context, account, 'login.failed', { message: WRONG_CREDENTIALS });
  const fresh = context.transaction(() => {
    context.audit.record({ action: 'login.succeeded', accountId: account.id, accountName: account.displayName, method: context.method });
    return clearFailures(context, account, { lastLoginAt: context.now().toISOString() });
  });
  const record = context.beginSession(fresh.id);
  return sessionInfoOf(context.db, fresh, record);
}

async function unlock(input: { password: string }, context: HandlerContext) {
  const { account, record } = sessionAccount(context);
  refuseIfLockedOut(context, account, 'unlock.failed');
  if (!(await verifyPassword(input.password, account.passwordHash))) {
    recordFailure(context, account, 'unlock.failed', { message: 'Mật khẩu không đúng.' });
  }
  const fresh = context.transaction(() => {
    context.audit.record({ action: 'unlock', ...actor(context) });
    return clearFailures(context, account);
  });
  context.sessions.setLocked(record.sessionId, false);
  context.sessions.touch(record.sessionId, context.now());
  return sessionInfoOf(context.db, fresh, record);
}

/**
 * Changing one's own password: a wrong current password counts toward the lockout (an unlocked,
 * unattended PC must not allow endless guessing); the new password ends the account's other
 * sessions.
 */
async function changePassword(input: { currentPassword: string; newPassword: string }, context: HandlerContext) {
  const { account, record } = sessionAccount(context);
  refuseIfLockedOut(context, account, 'password.change_failed');
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
    recordFailure(context, account, 'password.change_failed', { message: 'Mật khẩu hiện tại không đúng.', field: 'currentPassword' });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION', 'Mật khẩu mới phải khác mật khẩu hiện tại.', [{ path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' }]);
  }
  const passwordHash = await hashPassword(input.newPassword, context.passwordParams);
  const fresh = context.transaction(() => {
    const updated = clearFailures(context, account, { passwordHash, mustChangePassword: false });
    context.audit.record({ action: 'password.changed', entity: 'accounts', recordId: account.id, detail: { fields: ['password'] }, ...actor(context) });
    return updated;
  });
  context.sessions.endOthersForAccount(account.id, record.sessionId);
  return sessionInfoOf(context.db, fresh, record);
}

export const authHandlers: HandlersOf<AuthMethod> = {
  'auth.login': login,
  'auth.recover': recoverWithCode,
  'auth.me': (_input, context) => {
    const { account, record } = sessionAccount(context);
    return sessionInfoOf(context.db, account, record);
  },
  'auth.logout': (_input, context) => {
    context.audit.record({ action: 'logout', ...actor(context) });
    context.endSession();
    return { loggedOut: true as const };
  },
  'auth.lock': (_input, context) => {
    const { account, record } = sessionAccount(context);
    if (!record.locked) context.audit.record({ action: 'lock', ...actor(context) });
    context.sessions.setLocked(record.sessionId, true);
    return sessionInfoOf(context.db, account, record);
  },
  'auth.unlock': unlock,
  'auth.touch': () => ({ ok: true as const }),
  'auth.changePassword': changePassword,
};
