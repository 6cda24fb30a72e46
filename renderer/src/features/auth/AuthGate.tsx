import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { vi } from '../../../../shared/i18n/vi';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';
import { LockScreen } from './LockScreen';
import { LoginScreen } from './LoginScreen';
import { RecoveryScreen } from './RecoveryScreen';
import { useSession } from './session-context';
import { SetupWizard } from './SetupWizard';
import { authText } from './strings';
import { useIdleLock } from './use-idle-lock';

/**
 * Nothing of the app is reachable before the first run is done and someone is signed in. A locked
 * session keeps the app mounted under the lock screen, inert, so unsaved input survives.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { state, lock } = useSession();
  const [recovering, setRecovering] = useState(false);
  const signedIn = state.status === 'signed-in' ? state.session : null;
  const onIdle = useCallback(() => void lock(), [lock]);
  useIdleLock(signedIn?.idleLockMinutes ?? 10, signedIn !== null && signedIn.restriction === null, onIdle);

  if (state.status === 'loading') return <Center mih="100vh"><Loader aria-label={vi.feedback.loading} /></Center>;
  if (state.status === 'unreachable') return <Unreachable message={state.message} />;
  if (state.status === 'setup') return <SetupWizard />;
  if (state.status === 'login') {
    return recovering ? <RecoveryScreen onBack={() => setRecovering(false)} /> : <LoginScreen onForgot={() => setRecovering(true)} />;
  }
  if (state.session.restriction === 'mustChangePassword') {
    return (
      <AuthLayout title={authText.password.changeTitle}>
        <Stack>
          <Alert color="blue">{authText.password.mustChange}</Alert>
          <ChangePasswordForm />
        </Stack>
      </AuthLayout>
    );
  }
  const locked = state.session.restriction === 'locked';
  return (
    <>
      <div inert={locked} aria-hidden={locked}>{children}</div>
      {locked ? <LockScreen /> : null}
    </>
  );
}

function Unreachable({ message }: { message: string }) {
  return (
    <Center mih="100vh">
      <Stack maw={480}>
        <Alert color="red" role="alert">{message}</Alert>
        <Button onClick={() => window.location.reload()}>{vi.actions.retry}</Button>
      </Stack>
    </Center>
  );
}
