import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { vi } from '../../../../shared/i18n/vi';
import type { MemberDto, MemberValues } from '../../../../shared/schemas/members';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { useMemberForm } from './member-form-hook';
import { formErrorsOf, type MemberFormState } from './member-form-values';
import { DuplicateWarning, type DuplicateProbe } from './DuplicateWarning';
import { ContactSection, MembershipSection, NameSection, PersonalSection } from './MemberFormSections';
import { membersText } from './strings';

const text = membersText.record;

interface Props {
  today: string;
  initial: MemberFormState;
  /** The record being edited; none for a new one. */
  memberId?: string;
  onSaved(member: MemberDto): void;
  onCancel(): void;
}

/** The member record: keyboard first (Tab order, Enter saves, Esc cancels), checked as you type. */
export function MemberForm({ today, initial, memberId, onSaved, onCancel }: Props) {
  const api = useApi();
  const fields = useMemberForm(today, initial);
  const { form, schema } = fields;
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: MemberValues) => (memberId ? api.call('members.update', { ...values, id: memberId }) : api.call('members.create', values)),
    onSuccess: (member) => {
      setFailure(null);
      form.setDirty(false);
      notifications.show({ color: 'green', message: text.saved });
      onSaved(member);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.issues.length > 0) form.setServerErrors(formErrorsOf(error.issues));
      setFailure(error instanceof ApiError ? error.message : vi.errors.hostUnreachable);
    },
  });
  const parsed = schema.safeParse(form.values);
  const probe: DuplicateProbe | null = parsed.success
    ? { ho: parsed.data.ho, dem: parsed.data.dem, ten: parsed.data.ten, birthDate: parsed.data.birthDate, phone: parsed.data.phone, cardNumber: parsed.data.cardNumber, ...(memberId ? { excludeId: memberId } : {}) }
    : null;
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape' || (event.target instanceof HTMLElement && event.target.getAttribute('aria-expanded') === 'true')) return;
    event.preventDefault();
    if (memberId && form.dirty) form.reset(initial);
    else onCancel();
  };
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} onKeyDown={onKeyDown} noValidate aria-label={text.formLabel}>
      <Stack gap="md">
        <NameSection api={fields} autoFocus={!memberId} />
        <DuplicateWarning probe={probe} />
        <PersonalSection api={fields} />
        <ContactSection api={fields} />
        <MembershipSection api={fields} />
        <Paper withBorder p="sm" shadow="sm" style={{ position: 'sticky', bottom: 8, zIndex: 5 }}>
          {failure ? <Alert color="red" variant="light" mb="sm" role="alert">{failure}</Alert> : null}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">{form.dirty ? vi.feedback.unsavedChanges : text.keyboardHint}</Text>
            <Group>
              <Button variant="default" onClick={() => (memberId ? form.reset(initial) : onCancel())} disabled={save.isPending}>{vi.actions.cancel}</Button>
              <Button type="submit" loading={save.isPending}>{vi.actions.save}</Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
