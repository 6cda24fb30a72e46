import { findAccount } from '../../../db/repositories/accounts';
import { readSetting } from '../../../db/repositories/settings';
import type { Account } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import type { Session } from '../../../shared/permissions';
import type { SessionInfo } from '../../../shared/schemas/accounts';
import type { SessionRecord, SessionStore } from './sessions';

export const IDLE_LOCK_SETTING = 'security.idleLockMinutes';
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

export function idleLockMinutes(db: AppDb): number {
  const value = readSetting(db, IDLE_LOCK_SETTING);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : DEFAULT_IDLE_LOCK_MINUTES;
}

function restrictionOf(record: SessionRecord, account: Account): Session['restriction'] {
  if (record.locked) return 'locked';
  return account.mustChangePassword ? 'mustChangePassword' : null;
}

/**
 * The session behind a token, read fresh from the account on every call: a disabled account or a
 * changed role takes effect at once; idle time locks the session.
 */
export function resolveSession(db: AppDb, sessions: SessionStore, token: string | undefined, now: Date, touch = true): Session | null {
  if (!token) return null;
  const record = sessions.find(token, now, idleLockMinutes(db) * 60_000);
  if (!record) return null;
  const account = findAccount(db, record.accountId);
  if (!account || account.disabledAt !== null) {
    sessions.endForAccount(record.accountId);
    return null;
  }
  if (touch && !record.locked) sessions.touch(record.sessionId, now);
  return {
    sessionId: record.sessionId,
    accountId: account.id,
    displayName: account.displayName,
    role: account.role as Session['role'],
    restriction: restrictionOf(record, account),
  };
}

export function sessionInfoOf(db: AppDb, account: Account, record: SessionRecord): SessionInfo {
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role as SessionInfo['role'],
    restriction: restrictionOf(record, account),
    idleLockMinutes: idleLockMinutes(db),
  };
}
