import { randomBytes } from 'node:crypto';

/**
 * Login sessions, kept in the core's memory (a restart asks everyone to log in again). A token
 * is the secret the transport holds (an HttpOnly cookie, or the main process in Electron); the
 * session id is what handlers and the audit trail see.
 */
export interface SessionRecord {
  sessionId: string;
  accountId: string;
  createdAt: number;
  lastSeen: number;
  locked: boolean;
}

/** A session ends after this long whatever happens (the office closes in the evening). */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface SessionStore {
  create(accountId: string, now: Date): { token: string; record: SessionRecord };
  /** The live record for a token: null when unknown or expired. Marks the idle lock; does not touch. */
  find(token: string, now: Date, idleMs: number): SessionRecord | null;
  get(sessionId: string): SessionRecord | null;
  touch(sessionId: string, now: Date): void;
  setLocked(sessionId: string, locked: boolean): void;
  end(sessionId: string): void;
  endForAccount(accountId: string): void;
  /** Ends the account's sessions except `keepSessionId` (after a password change). */
  endOthersForAccount(accountId: string, keepSessionId: string): void;
}

export function createSessionStore(): SessionStore {
  const byToken = new Map<string, SessionRecord>();
  const each = (predicate: (record: SessionRecord) => boolean) =>
    [...byToken.entries()].filter(([, record]) => predicate(record)).map(([token]) => token);

  return {
    create(accountId, now) {
      const token = randomBytes(32).toString('base64url');
      const record = { sessionId: randomBytes(12).toString('base64url'), accountId, createdAt: now.getTime(), lastSeen: now.getTime(), locked: false };
      byToken.set(token, record);
      return { token, record };
    },
    find(token, now, idleMs) {
      const record = byToken.get(token);
      if (!record) return null;
      if (now.getTime() - record.createdAt > SESSION_LIFETIME_MS) {
        byToken.delete(token);
        return null;
      }
      if (now.getTime() - record.lastSeen > idleMs) record.locked = true;
      return record;
    },
    get(sessionId) {
      for (const record of byToken.values()) if (record.sessionId === sessionId) return record;
      return null;
    },
    touch(sessionId, now) {
      for (const record of byToken.values()) if (record.sessionId === sessionId) record.lastSeen = now.getTime();
    },
    setLocked(sessionId, locked) {
      for (const record of byToken.values()) if (record.sessionId === sessionId) record.locked = locked;
    },
    end(sessionId) {
      for (const token of each((record) => record.sessionId === sessionId)) byToken.delete(token);
    },
    endForAccount(accountId) {
      for (const token of each((record) => record.accountId === accountId)) byToken.delete(token);
    },
    endOthersForAccount(accountId, keepSessionId) {
      for (const token of each((record) => record.accountId === accountId && record.sessionId !== keepSessionId)) byToken.delete(token);
    },
  };
}
