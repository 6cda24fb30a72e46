import { Alert, Button, Checkbox, Group, PasswordInput, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { canonicalPassphrase, passphraseHint, passphraseSetup, passphraseStrength } from '../../../../shared/schemas/backup';
import { useApi } from '../../api/context';
import { useCallForm } from '../auth/use-call-form';
import { backupText } from './strings';

const text = backupText.passphrase;
const STRENGTH_COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/** Chooses the passphrase: typed twice, with a strength hint; then the caller shows the recovery sheet. */
export function PassphraseForm({ replacing, onSaved }: { replacing: boolean; onSaved(passphrase: string, setAt: string): void }) {
  const api = useApi();
  const { form, failure, busy, submit } = useCallForm(passphraseSetup, { passphrase: '', confirmPassphrase: '', remember: true }, async (values) => {
    const { setAt } = await api.call('backup.passphrase.set', values);
    onSaved(canonicalPassphrase(values.passphrase), setAt);
  });
  const strength = passphraseStrength(form.values.passphrase);
  const typed = form.values.passphrase.length > 0;
  return (
    <form onSubmit={submit} noValidate aria-label={text.choose}>
      <Stack>
        <Text size="sm" c="dimmed">{passphraseHint}</Text>
        <SimpleGrid cols={2}>
          <PasswordInput label={text.field} autoComplete="new-password" withAsterisk {...form.field('passphrase')} />
          <PasswordInput label={text.confirm} autoComplete="new-password" withAsterisk {...form.field('confirmPassphrase')} />
        </SimpleGrid>
        <div aria-live="polite">
          <Group justify="space-between" mb={4}>
            <Text size="sm">{text.strength}</Text>
            <Text size="sm" fw={600} data-strength>{typed ? strength.label : '—'}</Text>
          </Group>
          <Progress value={typed ? (strength.score + 1) * 20 : 0} color={STRENGTH_COLORS[strength.score]} aria-label={text.strength} />
        </div>
        <Checkbox label={text.remember} checked={form.values.remember} onChange={(event) => form.setValue('remember', event.currentTarget.checked)} />
        {replacing ? <Alert color="yellow">{text.changeNote}</Alert> : null}
        {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
        <Group>
          <Button type="submit" loading={busy}>{replacing ? text.change : text.choose}</Button>
        </Group>
      </Stack>
    </form>
  );
}
