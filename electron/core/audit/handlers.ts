import { listAccounts } from '../../../db/repositories/accounts';
import { queryAudit } from '../../../db/repositories/audit';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import { startOfDayVietnam } from '../../../shared/format';
import { actor } from '../accounts/account-dto';
import { idleLockMinutes, IDLE_LOCK_SETTING } from '../accounts/session-service';
import type { HandlersOf } from '../types';
import { describeChange } from './changes';

type AuditMethod = 'audit.list' | 'audit.verify' | 'settings.security.get' | 'settings.security.save';

function endOfDayVietnam(iso: string): string {
  return new Date(startOfDayVietnam(iso).getTime() + 24 * 60 * 60 * 1000 - 1).toISOString();
}

export const auditHandlers: HandlersOf<AuditMethod> = {
  'audit.list': (input, context) => ({
    entries: queryAudit(context.db, {
      accountId: input.accountId,
      entity: input.entity,
      fromInstant: input.from ? startOfDayVietnam(input.from).toISOString() : undefined,
      toInstant: input.to ? endOfDayVietnam(input.to) : undefined,
      beforeSeq: input.beforeSeq,
      limit: input.limit,
    }),
    accounts: listAccounts(context.db).map((account) => ({ id: account.id, displayName: account.displayName })),
  }),
  'audit.verify': (_input, context) => {
    const verdict = context.audit.verify();
    return verdict.ok
      ? { ok: true, rows: verdict.rows, brokenAt: null, problem: null }
      : { ok: false, rows: verdict.rows, brokenAt: verdict.brokenAt, problem: verdict.problem };
  },
  'settings.security.get': (_input, context) => ({ idleLockMinutes: idleLockMinutes(context.db) }),
  'settings.security.save': (input, context) =>
    context.transaction(() => {
      const before = readSetting(context.db, IDLE_LOCK_SETTING);
      writeSetting(context.db, IDLE_LOCK_SETTING, input.idleLockMinutes, context.now().toISOString());
      const detail = describeChange('settings.security', { idleLockMinutes: before ?? null }, { idleLockMinutes: input.idleLockMinutes });
      context.audit.record({ action: 'write', entity: 'settings.security', detail, ...actor(context) });
      return { idleLockMinutes: input.idleLockMinutes };
    }),
};
