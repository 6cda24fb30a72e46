import { countAccounts, insertAccount } from '../../../db/repositories/accounts';
import type { Account } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import { actor } from '../accounts/account-dto';
import { hashPassword } from '../accounts/passwords';
import { issueRecoveryCode, storeRecoveryCodeHash } from '../accounts/recovery';
import { sessionInfoOf } from '../accounts/session-service';
import { describeChange } from '../audit/changes';
import { saveProfile } from '../organization/profile-service';
import type { HandlerContext, HandlersOf } from '../types';

const ALREADY_SET_UP = 'Sổ Hội đã được thiết lập trên máy này. Hãy đăng nhập.';

/** First-run methods answer only while no account exists. */
function refuseOnceSetUp(context: HandlerContext): void {
  if (countAccounts(context.db) > 0) throw new AppError('CONFLICT', ALREADY_SET_UP);
}

/** The same context, acting as the administrator being created (for the audit trail). */
function actingAs(context: HandlerContext, account: Account): HandlerContext {
  return { ...context, session: { sessionId: 'setup', accountId: account.id, displayName: account.displayName, role: 'quan_tri', restriction: null } };
}

export const setupHandlers: HandlersOf<'setup.status' | 'setup.complete'> = {
  'setup.status': (_input, context) => {
    refuseOnceSetUp(context);
    return { needsSetup: true as const };
  },
  /** The organisation profile and the first administrator, in one transaction; then logged in. */
  'setup.complete': async (input, context) => {
    refuseOnceSetUp(context);
    const passwordHash = await hashPassword(input.admin.newPassword, context.passwordParams);
    const recovery = await issueRecoveryCode(context);
    const now = context.now().toISOString();
    const account = context.transaction(() => {
      refuseOnceSetUp(context); // again, under the write lock
      const row = { id: context.newId(), username: input.admin.username, displayName: input.admin.displayName, role: 'quan_tri', passwordHash, createdAt: now, updatedAt: now };
      const created = insertAccount(context.db, row);
      storeRecoveryCodeHash(context, recovery.hash);
      const admin = actingAs(context, created);
      context.audit.record({ action: 'setup.completed', ...actor(admin) });
      context.audit.record({ action: 'write', entity: 'accounts', recordId: created.id, detail: describeChange('accounts', undefined, row), ...actor(admin) });
      saveProfile(admin, input.profile);
      return created;
    });
    const record = context.beginSession(account.id);
    return { session: sessionInfoOf(context.db, account, record), recoveryCode: recovery.code };
  },
};
