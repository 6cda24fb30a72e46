import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import type { SessionInfo } from '../../../../shared/schemas/accounts';
import { passwordPair, username } from '../../../../shared/schemas/accounts';
import { useApi } from '../../api/context';
import { AuthLayout } from './AuthLayout';
import { RecoveryCodeCard } from './RecoveryCodeCard';
import { useSession } from './session-context';
import { authText } from './strings';
import { useCallForm } from './use-call-form';

const recoveryForm = passwordPair({ username, recoveryCode: z.string().trim().min(1, { message: 'Hãy nhập mã khôi phục.' }) });
const text = authText.recovery;

/** A forgotten administrator password, reset with the recovery code; a new code is shown once. */
export function RecoveryScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { signedIn } = useSession();
  const [result, setResult] = useState<{ session: SessionInfo; recoveryCode: string } | null>(null);
  const { form, failure, busy, submit } = useCallForm(
    recoveryForm,
    { username: '', recoveryCode: '', newPassword: '', confirmPassword: '' },
    async (values) => setResult(await api.call('auth.recover', values)),
  );
  if (result) {
    return (
      <AuthLayout title={authText.recoveryCode.title} width={560}>
        <RecoveryCodeCard code={result.recoveryCode} onDone={() => signedIn(result.session)} />
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={text.title} width={480}>
      <form onSubmit={submit} noValidate aria-label={text.title}>
        <Stack>
          <Text size="sm" c="dimmed">{text.help}</Text>
          <TextInput label={text.username} autoComplete="username" {...form.field('username')} />
          <TextInput label={text.code} placeholder="XXXX-XXXX-XXXX-XXXX-XXXX" {...form.field('recoveryCode')} />
          <PasswordInput label={authText.password.new} autoComplete="new-password" {...form.field('newPassword')} />
          <PasswordInput label={authText.password.confirm} autoComplete="new-password" {...form.field('confirmPassword')} />
          {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
          <Button type="submit" loading={busy}>{text.submit}</Button>
          <Anchor component="button" type="button" size="sm" onClick={onBack}>{text.back}</Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
