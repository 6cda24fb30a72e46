import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { z } from 'zod';
import { typedPassword, username } from '../../../../shared/schemas/accounts';
import { useApi } from '../../api/context';
import { AuthLayout } from './AuthLayout';
import { useSession } from './session-context';
import { authText } from './strings';
import { useCallForm } from './use-call-form';

const loginForm = z.object({ username, password: typedPassword });

/** Đăng nhập: the first screen once Sổ Hội is set up. */
export function LoginScreen({ onForgot }: { onForgot(): void }) {
  const api = useApi();
  const { signedIn } = useSession();
  const { form, failure, busy, submit } = useCallForm(loginForm, { username: '', password: '' }, async (values) => {
    signedIn(await api.call('auth.login', values));
  });
  return (
    <AuthLayout title={authText.login.title}>
      <form onSubmit={submit} noValidate aria-label={authText.login.title}>
        <Stack>
          <TextInput label={authText.login.username} autoComplete="username" autoFocus {...form.field('username')} />
          <PasswordInput label={authText.login.password} autoComplete="current-password" {...form.field('password')} />
          {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
          <Button type="submit" loading={busy}>{authText.login.submit}</Button>
          <Anchor component="button" type="button" size="sm" onClick={onForgot}>{authText.login.forgot}</Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
