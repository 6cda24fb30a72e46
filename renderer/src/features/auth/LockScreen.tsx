import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { z } from 'zod';
import { typedPassword } from '../../../../shared/schemas/accounts';
import { useApi } from '../../api/context';
import { useSession, useSignedInSession } from './session-context';
import { authText } from './strings';
import { useCallForm } from './use-call-form';

const unlockForm = z.object({ password: typedPassword });

/**
 * Covers the whole app while the session is locked. The app stays mounted beneath it (made inert),
 * so whatever the user was typing is still there after unlocking.
 */
export function LockScreen() {
  const api = useApi();
  const session = useSignedInSession();
  const { signedIn, logout } = useSession();
  const { form, failure, busy, submit } = useCallForm(unlockForm, { password: '' }, async (values) => {
    signedIn(await api.call('auth.unlock', values));
  });
  return (
    <Center pos="fixed" inset={0} bg="gray.1" style={{ zIndex: 1000 }} role="dialog" aria-modal aria-label={authText.lock.title}>
      <Paper withBorder shadow="md" p="xl" w={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <IconLock size={32} aria-hidden />
            <Title order={1} size="h2">{authText.lock.title}</Title>
            <Text size="sm" c="dimmed">{authText.lock.help(session.displayName)}</Text>
            <PasswordInput label={authText.login.password} autoComplete="current-password" autoFocus {...form.field('password')} />
            {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
            <Button type="submit" loading={busy}>{authText.lock.submit}</Button>
            <Anchor component="button" type="button" size="sm" onClick={() => void logout()}>{authText.lock.logout}</Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
