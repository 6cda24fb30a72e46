import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MethodName } from '../../../../shared/contract';
import { roleMay } from '../../../../shared/permissions';
import type { SessionInfo } from '../../../../shared/schemas/accounts';
import { ApiError, type Api } from '../../api/client';
import { useApi } from '../../api/context';

export type AuthState =
  | { status: 'loading' }
  | { status: 'setup' }
  | { status: 'login' }
  | { status: 'signed-in'; session: SessionInfo }
  | { status: 'unreachable'; message: string };

interface SessionContextValue {
  state: AuthState;
  signedIn(session: SessionInfo): void;
  lock(): Promise<void>;
  logout(): Promise<void>;
  /** Whether the signed-in role may call a method (for read-only screens; the core decides). */
  may(method: MethodName): boolean;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Who is signed in, and the transitions between first run, login, lock and the app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const probe = useCallback(() => {
    void currentAuthState(api).then(setState);
  }, [api]);

  useEffect(() => {
    let current = true;
    void currentAuthState(api).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [api]);
  useEffect(
    () =>
      api.onSessionRefusal((code) => {
        if (code === 'UNAUTHENTICATED') window.location.reload();
        else probe();
      }),
    [api, probe],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      signedIn(session) {
        api.transport.resetEvents();
        setState({ status: 'signed-in', session });
      },
      async lock() {
        setState({ status: 'signed-in', session: await api.call('auth.lock', {}) });
      },
      async logout() {
        await api.call('auth.logout', {}).catch(() => undefined);
        // A fresh page: nothing the renderer cached about the last user survives.
        window.location.reload();
      },
      may: (method) => state.status === 'signed-in' && roleMay(state.session.role, method),
    }),
    [api, state],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Who is signed in: the session, or else whether this is a first run or a login. */
async function currentAuthState(api: Api): Promise<AuthState> {
  try {
    return { status: 'signed-in', session: await api.call('auth.me', {}) };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') return unreachable(error);
  }
  try {
    await api.call('setup.status', {});
    return { status: 'setup' };
  } catch (error) {
    return error instanceof ApiError && error.code === 'CONFLICT' ? { status: 'login' } : unreachable(error);
  }
}

function unreachable(error: unknown): AuthState {
  return { status: 'unreachable', message: error instanceof Error ? error.message : String(error) };
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('SessionProvider is missing');
  return value;
}

export function useSignedInSession(): SessionInfo {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('not signed in');
  return state.session;
}
