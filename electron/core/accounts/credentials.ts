import { updateAccount } from '../../../db/repositories/accounts';
import type { Account } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import type { HandlerContext } from '../types';
import { afterFailure, isLockedOut, lockedMessage, MAX_FAILED_ATTEMPTS, minutesLeft } from './lockout';

export const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';

/** Refuses at once, before any password is checked, while the account is locked out. */
export function refuseIfLockedOut(context: HandlerContext, account: Account, action: string): void {
  const now = context.now();
  if (!isLockedOut(account, now)) return;
  context.audit.record({ action, accountId: account.id, accountName: account.displayName, method: context.method, detail: { reason: 'locked_out' } });
  throw new AppError('UNAUTHENTICATED', lockedMessage(minutesLeft(account, now)));
}

/** What to tell the user about a wrong secret; `field` puts it next to that field. */
export interface WrongSecret {
  message: string;
  field?: string;
}

/**
 * Counts one more wrong secret (the count survives a restart), with its audit row in the same
 * transaction, and explains what is left. Reaching the limit ends every session of the account.
 */
export function recordFailure(context: HandlerContext, account: Account, action: string, wrong: WrongSecret): never {
  const now = context.now();
  const next = afterFailure(account, now);
  context.transaction(() => {
    updateAccount(context.db, account.id, { ...next, updatedAt: now.toISOString() });
    context.audit.record({ action, accountId: account.id, accountName: account.displayName, method: context.method, detail: { attempt: next.failedAttempts } });
  });
  if (next.lockedUntil !== null) {
    context.sessions.endForAccount(account.id);
    throw new AppError('UNAUTHENTICATED', lockedMessage(minutesLeft(next, now)));
  }
  const message = `${wrong.message} Còn ${MAX_FAILED_ATTEMPTS - next.failedAttempts} lần thử trước khi tài khoản bị tạm khóa.`;
  if (wrong.field) throw new AppError('VALIDATION', message, [{ path: wrong.field, message }]);
  throw new AppError('UNAUTHENTICATED', message);
}

export function clearFailures(context: HandlerContext, account: Account, extra: Partial<Account> = {}): Account {
  return updateAccount(context.db, account.id, { failedAttempts: 0, lockedUntil: null, updatedAt: context.now().toISOString(), ...extra });
}
