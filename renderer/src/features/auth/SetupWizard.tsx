import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import { formatDate, todayInVietnam } from '../../../../shared/format';
import type { SessionInfo } from '../../../../shared/schemas/accounts';
import { passwordPair, username } from '../../../../shared/schemas/accounts';
import { requiredText } from '../../../../shared/schemas/common';
import { organizationProfileForm } from '../../../../shared/schemas/organization';
import { useApi } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { SetupRestoreOffer } from '../backup/SetupRestoreOffer';
import { settingsText } from '../settings/strings';
import { AuthLayout } from './AuthLayout';
import { RecoveryCodeCard } from './RecoveryCodeCard';
import { useSession } from './session-context';
import { authText } from './strings';
import { useCallForm } from './use-call-form';

const wizardForm = z.object({
  profile: organizationProfileForm,
  admin: passwordPair({ username, displayName: requiredText('Họ và tên', 100) }),
});
const fields = settingsText.profile.fields;
const text = authText.setup;

function initialValues() {
  const year = todayInVietnam(new Date()).slice(0, 4);
  return {
    profile: { validFrom: formatDate(`${year}-01-01`), name: '', parentLine: '', abbreviation: 'HBVQTE', placeName: '', address: '', phone: '', email: '', signers: [] },
    admin: { username: '', displayName: '', newPassword: '', confirmPassword: '' },
  };
}

/** First run: the organisation, the first administrator, then the one-time recovery code. */
export function SetupWizard() {
  const api = useApi();
  const { signedIn } = useSession();
  const [step, setStep] = useState(0);
  const [done, setDone] = useState<{ session: SessionInfo; recoveryCode: string } | null>(null);
  const { form, failure, busy, submit } = useCallForm(wizardForm, initialValues(), async (values) => {
    setDone(await api.call('setup.complete', values));
    setStep(2);
  });
  const field = form.field;
  return (
    <AuthLayout title={text.title} width={760}>
      <Stepper active={step} mb="lg" allowNextStepsSelect={false}>
        <Stepper.Step label={text.steps.profile} />
        <Stepper.Step label={text.steps.admin} />
        <Stepper.Step label={text.steps.recovery} />
      </Stepper>
      {step === 2 && done ? (
        <RecoveryCodeCard code={done.recoveryCode} onDone={() => signedIn(done.session)} />
      ) : (
        <form onSubmit={submit} noValidate aria-label={text.title}>
          <Stack>
            {step === 0 ? (
              <>
                <Text size="sm" c="dimmed">{text.intro}</Text>
                <SetupRestoreOffer />
                <SimpleGrid cols={2}>
                  <TextInput label={fields.name} placeholder={settingsText.profile.placeholders.name} withAsterisk {...field('profile.name')} />
                  <TextInput label={fields.parentLine} placeholder={settingsText.profile.placeholders.parentLine} {...field('profile.parentLine')} />
                  <TextInput label={fields.abbreviation} withAsterisk {...field('profile.abbreviation')} />
                  <TextInput label={fields.placeName} placeholder={settingsText.profile.placeholders.placeName} withAsterisk {...field('profile.placeName')} />
                  <DateTextField label={fields.validFrom} withAsterisk {...field('profile.validFrom')} onPick={(value) => form.setValue('profile.validFrom', value)} />
                </SimpleGrid>
                <Group justify="flex-end">
                  <Button onClick={(event) => form.checkSection('profile', event.currentTarget.form) && setStep(1)}>{text.next}</Button>
                </Group>
              </>
            ) : (
              <>
                <SimpleGrid cols={2}>
                  <TextInput label={authText.login.username} autoComplete="username" withAsterisk {...field('admin.username')} />
                  <TextInput label={text.displayName} withAsterisk {...field('admin.displayName')} />
                  <PasswordInput label={authText.password.new} autoComplete="new-password" withAsterisk {...field('admin.newPassword')} />
                  <PasswordInput label={authText.password.confirm} autoComplete="new-password" withAsterisk {...field('admin.confirmPassword')} />
                </SimpleGrid>
                {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
                <Group justify="space-between">
                  <Button variant="default" onClick={() => setStep(0)}>{text.back}</Button>
                  <Button type="submit" loading={busy}>{text.finish}</Button>
                </Group>
              </>
            )}
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
