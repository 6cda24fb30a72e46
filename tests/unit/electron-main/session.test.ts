import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createWindowSessions } from '../../../electron/main/session';
import type { Session } from '../../../shared/permissions';

class Sender extends EventEmitter {
  constructor(readonly id: number) {
    super();
  }
}

const SESSION: Session = { sessionId: 's1', accountId: 'a1', displayName: 'Thư ký', role: 'thu_ky', restriction: null };

function store() {
  const resolveSession = vi.fn((token: string | undefined) => (token === 'good' ? SESSION : null));
  return { sessions: createWindowSessions({ resolveSession }), resolveSession };
}

describe('createWindowSessions', () => {
  it('has no session for a window until the core gives it a token', () => {
    const { sessions, resolveSession } = store();
    const window = new Sender(1);
    expect(sessions.sessionFor(window)).toBeNull();
    sessions.hooksFor(window).setSessionToken('good');
    expect(sessions.sessionFor(window, { touch: false })).toBe(SESSION);
    expect(resolveSession).toHaveBeenLastCalledWith('good', { touch: false });
  });

  it('keeps each window’s token to itself', () => {
    const { sessions } = store();
    sessions.hooksFor(new Sender(1)).setSessionToken('good');
    expect(sessions.sessionFor(new Sender(2))).toBeNull();
  });

  it('forgets the token on logout and when the window is destroyed', () => {
    const { sessions } = store();
    const window = new Sender(1);
    sessions.hooksFor(window).setSessionToken('good');
    sessions.hooksFor(window).setSessionToken(null);
    expect(sessions.sessionFor(window)).toBeNull();
    sessions.hooksFor(window).setSessionToken('good');
    sessions.hooksFor(window).setSessionToken('good');
    expect(window.listenerCount('destroyed')).toBe(1);
    window.emit('destroyed');
    expect(sessions.sessionFor(window)).toBeNull();
  });
});
