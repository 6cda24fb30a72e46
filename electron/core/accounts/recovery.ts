import { findAccountByUsername } from '../../../db/repositories/accounts';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import { AppError } from '../../../shared/errors';
import type { HandlerContext } from '../types';
import { clearFailures, recordFailure, refuseIfLockedOut } from './credentials';
import { hashPassword, newRecoveryCode, normalizeRecoveryCode, verifyPassword } from './passwords';
import { sessionInfoOf } from './session-service';

export const RECOVERY_CODE_SETTING = 'security.recoveryCodeHash';

/** Makes a new recovery code, stores only its hash, and returns it to be shown once. */
export async function issueRecoveryCode(context: HandlerContext): Promise<{ code: string; hash: string }> {
  const code = newRecoveryCode();
  return { code, hash: await hashPassword(normalizeRecoveryCode(code), context.passwordParams) };
}

export function storeRecoveryCodeHash(context: HandlerContext, hash: string): void {
  writeSetting(context.db, RECOVERY_CODE_SETTING, hash, context.now().toISOString());
}

const WRONG_CODE = 'Mã khôi phục không đúng.';

/** auth.recover: a forgotten administrator password reset with the recovery code. Audited. */
export async function recoverWithCode(
  input: { username: string; recoveryCode: string; newPassword: string },
  context: HandlerContext,
) {
  const account = findAccountByUsername(context.db, input.username);
  const stored = readSetting(context.db, RECOVERY_CODE_SETTING);
  if (!account || account.role !== 'quan_tri' || account.disabledAt !== null || typeof stored !== 'string') {
    context.audit.record({ action: 'recovery.failed', method: context.method, detail: { reason: 'not_an_active_administrator' } });
    throw new AppError('UNAUTHENTICATED', 'Mã khôi phục chỉ dùng để đặt lại mật khẩu của một tài khoản quản trị đang hoạt động.');
  }
  refuseIfLockedOut(context, account, 'recovery.failed');
  if (!(await verifyPassword(normalizeRecoveryCode(input.recoveryCode), stored))) recordFailure(context, account, 'recovery.failed', { message: WRONG_CODE });

  const passwordHash = await hashPassword(input.newPassword, context.passwordParams);
  const next = await issueRecoveryCode(context);
  const fresh = context.transaction(() => {
    const updated = clearFailures(context, account, { passwordHash, mustChangePassword: false });
    storeRecoveryCodeHash(context, next.hash);
    context.sessions.endForAccount(account.id);
    context.audit.record({ action: 'recovery.reset', accountId: account.id, accountName: account.displayName, method: context.method, entity: 'accounts', recordId: account.id, detail: { fields: ['password'] } });
    return updated;
  });
  const record = context.beginSession(fresh.id);
  return { session: sessionInfoOf(context.db, fresh, record), recoveryCode: next.code };
}
