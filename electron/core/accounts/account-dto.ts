import type { Account } from '../../../db/schema';
import type { AccountDto } from '../../../shared/schemas/accounts';
import type { HandlerContext } from '../types';
import { isLockedOut } from './lockout';

export function toAccountDto(account: Account, now: Date): AccountDto {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role as AccountDto['role'],
    disabled: account.disabledAt !== null,
    mustChangePassword: account.mustChangePassword,
    lockedOut: isLockedOut(account, now),
    lockedUntil: account.lockedUntil,
    lastLoginAt: account.lastLoginAt,
  };
}

/** Audit entry fields naming who acts in this call. */
export function actor(context: HandlerContext): { accountId: string | null; accountName: string | null; method: string } {
  return { accountId: context.session?.accountId ?? null, accountName: context.session?.displayName ?? null, method: context.method };
}
