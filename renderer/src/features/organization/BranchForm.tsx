import { Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { KeyboardEvent } from 'react';
import { parseDateVi } from '../../../../shared/format';
import { branchForm, type BranchDto } from '../../../../shared/schemas/branches';
import { BRANCH_KIND_LABELS, BRANCH_KINDS } from '../../../../shared/schemas/organization-kinds';
import { useApi } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { useCallForm } from '../auth/use-call-form';
import { UnitSelect } from '../units/UnitSelect';
import { BranchSelect } from './BranchSelect';
import type { BranchFormState } from './branch-form-values';
import { branchText as text } from './strings';
import { SaveBar } from '../../components/SaveBar';

const KIND_OPTIONS = BRANCH_KINDS.map((kind) => ({ value: kind, label: BRANCH_KIND_LABELS[kind] }));

interface Props {
  /** Absent for a new branch. */
  branch?: BranchDto;
  initial: BranchFormState;
  readOnly: boolean;
  onSaved(branch: BranchDto): void;
}

/** A branch's fields in two columns, validated as you type with the shared schema; Enter saves. */
export function BranchForm({ branch, initial, readOnly, onSaved }: Props) {
  const api = useApi();
  const { form, failure, busy, submit } = useCallForm(branchForm, initial, async (values) => {
    const saved = branch ? await api.call('branches.update', { id: branch.id, ...values }) : await api.call('branches.create', values);
    notifications.show({ color: 'green', message: text.saved });
    onSaved(saved);
  });
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && form.dirty) form.reset(initial);
  };
  /** Read-only fields stay legible (unlike disabled ones) for roles that may only look. */
  const field = (path: string) => ({ ...form.field(path), readOnly });

  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape} noValidate aria-label={branch ? branch.name : text.newTitle}>
      <Stack gap="md">
        <GeneralSection branch={branch} form={form} readOnly={readOnly} field={field} />
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">{text.sections.founding}</Title>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <DateTextField label={text.fields.foundedOn} withAsterisk {...field('foundedOn')} onPick={(value) => form.setValue('foundedOn', value)} />
            <TextInput label={text.fields.decisionNo} {...field('foundingDecisionNo')} />
            <DateTextField label={text.fields.decisionDate} {...field('foundingDecisionDate')} onPick={(value) => form.setValue('foundingDecisionDate', value)} />
          </SimpleGrid>
        </Paper>
        <LeaderSection form={form} readOnly={readOnly} field={field} />
        {readOnly ? null : <SaveBar dirty={form.dirty} busy={busy} failure={failure} onCancel={() => form.reset(initial)} />}
      </Stack>
    </form>
  );
}

type Form = ReturnType<typeof useCallForm<typeof branchForm, BranchFormState>>['form'];
type Field = (path: string) => ReturnType<Form['field']> & { readOnly: boolean };

function GeneralSection({ branch, form, readOnly, field }: { branch: BranchDto | undefined; form: Form; readOnly: boolean; field: Field }) {
  const founded = parseDateVi(form.values.foundedOn);
  const asOf = founded.ok && founded.precision === 'day' ? founded.iso : undefined;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">{text.sections.general}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput label={text.fields.name} withAsterisk data-autofocus {...field('name')} />
        <Select label={text.fields.kind} withAsterisk data={KIND_OPTIONS} name="kind" value={form.values.kind || null} error={form.field('kind').error} onChange={(kind) => form.setValue('kind', kind ?? '')} onBlur={form.field('kind').onBlur} allowDeselect={false} readOnly={readOnly} />
        <BranchSelect label={text.fields.parent} placeholder={text.fields.parentPlaceholder} name="parentId" value={form.values.parentId} excludeId={branch?.id} initialLabel={branch?.parentName ?? undefined} error={form.field('parentId').error} onChange={(id) => form.setValue('parentId', id)} readOnly={readOnly} />
        <UnitSelect
          label={text.fields.unit}
          withAsterisk
          name="unitCode"
          placeholder={text.fields.unitPlaceholder}
          description={asOf ? undefined : text.fields.unitNeedsDate}
          asOf={asOf}
          disabled={!asOf && !readOnly}
          readOnly={readOnly}
          value={form.values.unitCode || null}
          initialLabel={branch?.unitPath}
          error={form.field('unitCode').error}
          onBlur={form.field('unitCode').onBlur}
          onChange={(code) => form.setValue('unitCode', code ?? '')}
        />
      </SimpleGrid>
    </Paper>
  );
}

function LeaderSection({ form, readOnly, field }: { form: Form; readOnly: boolean; field: Field }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">{text.sections.leader}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput label={text.fields.leaderName} {...field('leaderName')} />
        <TextInput label={text.fields.leaderTitle} {...field('leaderTitle')} />
        <TextInput label={text.fields.phone} type="tel" {...field('phone')} />
        <TextInput label={text.fields.email} type="email" {...field('email')} />
        <TextInput label={text.fields.address} {...field('address')} />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={text.fields.notes}
        autosize
        minRows={2}
        name="notes"
        value={form.values.notes}
        error={form.field('notes').error}
        onChange={(event) => form.setValue('notes', event.currentTarget.value)}
        onBlur={form.field('notes').onBlur}
        readOnly={readOnly}
      />
    </Paper>
  );
}
