import { Alert, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import type { OrganizationProfileDto } from '../../../../shared/schemas/organization';
import { organizationProfileForm } from '../../../../shared/schemas/organization';
import { ApiError } from '../../api/client';
import { DateTextField } from '../../components/DateTextField';
import { useApi } from '../../api/context';
import { useSchemaForm } from '../../lib/use-schema-form';
import { useSession } from '../auth/session-context';
import { authText } from '../auth/strings';
import { vi } from '../../../../shared/i18n/vi';
import { HeaderPreview } from './HeaderPreview';
import type { ProfileFormState } from './profile-form-values';
import { SignersFields } from './SignersFields';
import { settingsText } from './strings';
import { SaveBar } from '../../components/SaveBar';

const text = settingsText.profile;

interface Props {
  initial: ProfileFormState;
  isNewVersion: boolean;
  showNewVersionHint: boolean;
  today: string;
  onSaved(version: OrganizationProfileDto): void;
}

/** One version of the organisation profile, validated as you type with the shared schema. */
export function ProfileForm({ initial, isNewVersion, showNewVersionHint, today, onSaved }: Props) {
  const api = useApi();
  const form = useSchemaForm(organizationProfileForm, initial);
  const readOnly = !useSession().may('organization.profile.save');
  /** Read-only fields stay legible (unlike disabled ones) for roles that may only look. */
  const field = (path: string) => ({ ...form.field(path), readOnly });
  // Read apart from `form`: the React Compiler lint treats an object it loads `formRef` from as a ref.
  const [failure, setFailure] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (values: Parameters<typeof api.call<'organization.profile.save'>>[1]) => api.call('organization.profile.save', values),
    onSuccess: async (version) => {
      await queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('organization.profile') });
      setFailure(null);
      form.setDirty(false);
      notifications.show({ color: 'green', message: text.saved });
      onSaved(version);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.issues.length > 0) {
        form.setServerErrors(Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message])));
      }
      setFailure(error instanceof ApiError ? error.message : vi.errors.hostUnreachable);
    },
  });
  const submit = form.handleSubmit((values) => save.mutate(values));
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && form.dirty) form.reset(initial);
  };

  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape} noValidate aria-label={settingsText.tabs.profile}>
      <Stack gap="md">
        {readOnly ? <Alert color="gray" variant="light">{authText.readOnly}</Alert> : null}
        {showNewVersionHint ? <Alert color="blue" variant="light">{text.newVersionHint}</Alert> : null}
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">{text.sections.general}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <DateTextField label={text.fields.validFrom} withAsterisk disabled={!isNewVersion && !readOnly} {...field('validFrom')} onPick={(value) => form.setValue('validFrom', value)} />
            <TextInput label={text.fields.abbreviation} placeholder={text.placeholders.abbreviation} withAsterisk {...field('abbreviation')} />
            <TextInput label={text.fields.name} placeholder={text.placeholders.name} withAsterisk {...field('name')} />
            <TextInput label={text.fields.parentLine} placeholder={text.placeholders.parentLine} {...field('parentLine')} />
            <TextInput label={text.fields.placeName} placeholder={text.placeholders.placeName} withAsterisk {...field('placeName')} />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">{text.sections.contact}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={text.fields.address} {...field('address')} />
            <TextInput label={text.fields.phone} type="tel" {...field('phone')} />
            <TextInput label={text.fields.email} type="email" {...field('email')} />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">{text.sections.signers}</Title>
          <SignersFields signers={form.values.signers} field={field} readOnly={readOnly} setSigners={(next) => form.setValue('signers', next)} />
        </Paper>
        <HeaderPreview values={form.values} today={today} />
        {readOnly ? null : <SaveBar dirty={form.dirty} busy={save.isPending} failure={failure} onCancel={() => form.reset(initial)} />}
      </Stack>
    </form>
  );
}
