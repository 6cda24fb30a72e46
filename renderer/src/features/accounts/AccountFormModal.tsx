import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { z } from 'zod';
import { ROLE_LABELS, ROLES } from '../../../../shared/permissions';
import { accountFields, newPassword, type AccountDto } from '../../../../shared/schemas/accounts';
import { vi } from '../../../../shared/i18n/vi';
import { useApi } from '../../api/context';
import { useCallForm } from '../auth/use-call-form';
import { accountsText } from './strings';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const createForm = accountFields.extend({ temporaryPassword: newPassword });
const editForm = accountFields.pick({ displayName: true, role: true });
const resetForm = z.object({ temporaryPassword: newPassword });

export type AccountDialog = { kind: 'create' } | { kind: 'edit'; account: AccountDto } | { kind: 'reset'; account: AccountDto };

/** Create, edit or reset an account in a dialog; Enter saves, Esc closes. */
export function AccountFormModal({ dialog, onClose }: { dialog: AccountDialog; onClose(): void }) {
  const title =
    dialog.kind === 'create' ? accountsText.titles.create : dialog.kind === 'edit' ? accountsText.titles.edit(dialog.account.displayName) : accountsText.titles.reset(dialog.account.displayName);
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      {dialog.kind === 'create' ? <CreateForm onDone={onClose} /> : null}
      {dialog.kind === 'edit' ? <EditForm account={dialog.account} onDone={onClose} /> : null}
      {dialog.kind === 'reset' ? <ResetForm account={dialog.account} onDone={onClose} /> : null}
    </Modal>
  );
}

function Footer({ failure, busy, onCancel }: { failure: string | null; busy: boolean; onCancel(): void }) {
  return (
    <>
      {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>{vi.actions.cancel}</Button>
        <Button type="submit" loading={busy}>{vi.actions.save}</Button>
      </Group>
    </>
  );
}

function done(onDone: () => void) {
  notifications.show({ color: 'green', message: accountsText.saved });
  onDone();
}

function CreateForm({ onDone }: { onDone(): void }) {
  const api = useApi();
  const { form, failure, busy, submit } = useCallForm(createForm, { username: '', displayName: '', role: 'thu_ky', temporaryPassword: '' }, async (values) => {
    await api.call('accounts.create', values);
    done(onDone);
  });
  return (
    <form onSubmit={submit} noValidate aria-label={accountsText.titles.create}>
      <Stack>
        <TextInput label={accountsText.fields.username} withAsterisk data-autofocus {...form.field('username')} />
        <TextInput label={accountsText.fields.displayName} withAsterisk {...form.field('displayName')} />
        <Select label={accountsText.fields.role} data={ROLE_OPTIONS} allowDeselect={false} value={form.values.role} onChange={(value) => form.setValue('role', value)} />
        <PasswordInput label={accountsText.fields.temporaryPassword} withAsterisk autoComplete="new-password" {...form.field('temporaryPassword')} />
        <Footer failure={failure} busy={busy} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function EditForm({ account, onDone }: { account: AccountDto; onDone(): void }) {
  const api = useApi();
  const { form, failure, busy, submit } = useCallForm(editForm, { displayName: account.displayName, role: account.role }, async (values) => {
    await api.call('accounts.update', { id: account.id, ...values });
    done(onDone);
  });
  return (
    <form onSubmit={submit} noValidate aria-label={accountsText.titles.edit(account.displayName)}>
      <Stack>
        <TextInput label={accountsText.fields.displayName} withAsterisk data-autofocus {...form.field('displayName')} />
        <Select label={accountsText.fields.role} data={ROLE_OPTIONS} allowDeselect={false} value={form.values.role} onChange={(value) => form.setValue('role', value)} />
        <Footer failure={failure} busy={busy} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function ResetForm({ account, onDone }: { account: AccountDto; onDone(): void }) {
  const api = useApi();
  const { form, failure, busy, submit } = useCallForm(resetForm, { temporaryPassword: '' }, async (values) => {
    await api.call('accounts.resetPassword', { id: account.id, ...values });
    done(onDone);
  });
  return (
    <form onSubmit={submit} noValidate aria-label={accountsText.titles.reset(account.displayName)}>
      <Stack>
        <PasswordInput label={accountsText.fields.temporaryPassword} withAsterisk data-autofocus autoComplete="new-password" {...form.field('temporaryPassword')} />
        <Footer failure={failure} busy={busy} onCancel={onDone} />
      </Stack>
    </form>
  );
}
