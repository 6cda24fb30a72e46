import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { passwordPair, typedPassword } from '../../../../shared/schemas/accounts';
import { useApi } from '../../api/context';
import { useSession } from './session-context';
import { authText } from './strings';
import { useCallForm } from './use-call-form';

const changeForm = passwordPair({ currentPassword: typedPassword });

/** Đổi mật khẩu: the user's own password; also the forced step after a reset. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const api = useApi();
  const { signedIn } = useSession();
  const { form, failure, busy, submit } = useCallForm(
    changeForm,
    { currentPassword: '', newPassword: '', confirmPassword: '' },
    async (values) => {
      const session = await api.call('auth.changePassword', values);
      notifications.show({ color: 'green', message: authText.password.changed });
      signedIn(session);
      onDone?.();
    },
  );
  return (
    <form onSubmit={submit} noValidate aria-label={authText.password.changeTitle}>
      <Stack>
        <PasswordInput label={authText.password.current} autoComplete="current-password" {...form.field('currentPassword')} />
        <PasswordInput label={authText.password.new} autoComplete="new-password" {...form.field('newPassword')} />
        <PasswordInput label={authText.password.confirm} autoComplete="new-password" {...form.field('confirmPassword')} />
        {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
        <Button type="submit" loading={busy}>{authText.password.submit}</Button>
      </Stack>
    </form>
  );
}
