import {
  countOtherActiveAdmins,
  findAccount,
  findAccountByUsername,
  insertAccount,
  listAccounts,
  updateAccount,
} from '../../../db/repositories/accounts';
import type { Account } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import type { HandlerContext, HandlersOf } from '../types';
import { describeChange } from '../audit/changes';
import { actor, toAccountDto } from './account-dto';
import { hashPassword } from './passwords';

type AccountsMethod = 'accounts.list' | 'accounts.create' | 'accounts.update' | 'accounts.setDisabled' | 'accounts.resetPassword';

const LAST_ADMIN = 'Không thể thực hiện: đây là tài khoản quản trị cuối cùng còn hoạt động.';

function existing(context: HandlerContext, id: string): Account {
  const account = findAccount(context.db, id);
  if (!account) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  return account;
}

function refuseTakenUsername(context: HandlerContext, username: string): void {
  if (findAccountByUsername(context.db, username)) {
    throw new AppError('CONFLICT', 'Tên đăng nhập này đã có.', [{ path: 'username', message: 'Tên đăng nhập này đã có, hãy chọn tên khác.' }]);
  }
}

/** The last active administrator may not stop being one. */
function guardLastAdmin(context: HandlerContext, account: Account, staysActiveAdmin: boolean): void {
  const isActiveAdmin = account.role === 'quan_tri' && account.disabledAt === null;
  if (isActiveAdmin && !staysActiveAdmin && countOtherActiveAdmins(context.db, account.id) === 0) throw new AppError('CONFLICT', LAST_ADMIN);
}

/** Writes the change and its audit row together; people's records keep field names only. */
function saveAccount(context: HandlerContext, before: Account, changes: Partial<Account>, action = 'write') {
  return context.transaction(() => {
    const after = updateAccount(context.db, before.id, { ...changes, updatedAt: context.now().toISOString() });
    const detail = describeChange('accounts', before, { ...changes });
    context.audit.record({ action, entity: 'accounts', recordId: before.id, detail, ...actor(context) });
    context.changed('accounts', [before.id]);
    return toAccountDto(after, context.now());
  });
}

export const accountsHandlers: HandlersOf<AccountsMethod> = {
  'accounts.list': (_input, context) => listAccounts(context.db).map((account) => toAccountDto(account, context.now())),
  'accounts.create': async (input, context) => {
    refuseTakenUsername(context, input.username);
    const now = context.now().toISOString();
    const passwordHash = await hashPassword(input.temporaryPassword, context.passwordParams);
    return context.transaction(() => {
      refuseTakenUsername(context, input.username); // again, under the write lock: another call may have taken it while hashing
      const row = { id: context.newId(), username: input.username, displayName: input.displayName, role: input.role, passwordHash, mustChangePassword: true, createdAt: now, updatedAt: now };
      const account = insertAccount(context.db, row);
      context.audit.record({ action: 'write', entity: 'accounts', recordId: account.id, detail: describeChange('accounts', undefined, row), ...actor(context) });
      context.changed('accounts', [account.id]);
      return toAccountDto(account, context.now());
    });
  },
  'accounts.update': (input, context) => {
    const account = existing(context, input.id);
    guardLastAdmin(context, account, input.role === 'quan_tri');
    return saveAccount(context, account, { displayName: input.displayName, role: input.role });
  },
  'accounts.setDisabled': (input, context) => {
    const account = existing(context, input.id);
    if (input.disabled) guardLastAdmin(context, account, false);
    const result = saveAccount(context, account, { disabledAt: input.disabled ? context.now().toISOString() : null });
    if (input.disabled) context.sessions.endForAccount(account.id);
    return result;
  },
  'accounts.resetPassword': async (input, context) => {
    const account = existing(context, input.id);
    const passwordHash = await hashPassword(input.temporaryPassword, context.passwordParams);
    const result = saveAccount(context, account, { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null }, 'password.reset');
    context.sessions.endForAccount(account.id);
    return result;
  },
};
