import { Checkbox, Group, Paper, SegmentedControl, Select, SimpleGrid, Text, Textarea, TextInput, Title } from '@mantine/core';
import { ETHNICITY_OPTIONS, GENDER_OPTIONS } from './MemberFilterBar';
import { MEMBER_TYPE_LABELS, MEMBER_TYPES, splitMemberName } from '../../../../shared/schemas/members';
import { accentInsensitiveFilter } from '../../components/accent-filter';
import { DateTextField } from '../../components/DateTextField';
import { BranchSelect } from '../organization/BranchSelect';
import { UnitSelect } from '../units/UnitSelect';
import type { MemberFormApi } from './member-form-hook';
import { membersText } from './strings';

const text = membersText.record;
const f = text.fields;
const TYPE_OPTIONS = MEMBER_TYPES.map((type) => ({ value: type, label: MEMBER_TYPE_LABELS[type] }));

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">{title}</Title>
      {children}
    </Paper>
  );
}

/** One full-name field; the split into họ, đệm, tên is shown before saving (domain.md §5.1). */
export function NameSection({ api, autoFocus }: { api: MemberFormApi; autoFocus: boolean }) {
  const { form } = api;
  const collective = form.values.memberType === 'tap_the';
  const split = splitMemberName(String(form.values.fullName), form.values.surnameWords === '2' ? 2 : 1, form.values.memberType === 'tap_the' ? 'tap_the' : 'ca_nhan');
  return (
    <Section title={text.sections.name}>
      <Group align="flex-end" wrap="wrap" gap="md">
        <TextInput label={f.fullName} withAsterisk autoFocus={autoFocus} {...api.text('fullName')} w={360} />
        {collective ? null : (
          <div>
            <Text size="sm" fw={500} mb={4} id="surname-words-label">{f.surnameWords}</Text>
            <SegmentedControl aria-labelledby="surname-words-label" data={[{ value: '1', label: f.surnameOne }, { value: '2', label: f.surnameTwo }]} value={form.values.surnameWords} onChange={(value) => form.setValue('surnameWords', value)} />
          </div>
        )}
      </Group>
      <Text size="sm" mt="xs" c="dimmed" aria-live="polite" data-testid="name-split">
        {collective ? text.splitCollective : text.split(split.ho, split.dem, split.ten)}
      </Text>
    </Section>
  );
}

export function PersonalSection({ api }: { api: MemberFormApi }) {
  return (
    <Section title={text.sections.personal}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Select label={f.gender} data={GENDER_OPTIONS} clearable {...api.select('gender')} />
        <TextInput label={f.birth} placeholder={text.birthHint} {...api.text('birth')} />
        <Select label={f.ethnicity} data={ETHNICITY_OPTIONS} searchable clearable filter={accentInsensitiveFilter} {...api.select('ethnicity')} />
        <TextInput label={f.occupation} {...api.text('occupation')} />
      </SimpleGrid>
    </Section>
  );
}

export function ContactSection({ api }: { api: MemberFormApi }) {
  const { form } = api;
  const unit = api.select('unitCode');
  return (
    <Section title={text.sections.contact}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput label={f.phone} type="tel" {...api.text('phone')} />
        <TextInput label={f.email} type="email" {...api.text('email')} />
        <TextInput label={f.address} {...api.text('address')} />
        <UnitSelect label={f.unit} name="unitCode" value={unit.value} error={unit.error} initialLabel={form.values.unitLabel} onBlur={unit.onBlur} onChange={(code, label) => {
          form.setValue('unitCode', code ?? '');
          form.setValue('unitLabel', label);
        }} />
      </SimpleGrid>
    </Section>
  );
}

export function MembershipSection({ api }: { api: MemberFormApi }) {
  const { form } = api;
  const branch = api.select('branchId');
  const date = (path: 'joinedOn' | 'leftOn' | 'cardIssuedOn', label: string, required = false) => (
    <DateTextField label={label} withAsterisk={required} {...api.text(path)} onPick={(value) => form.setValue(path, value)} />
  );
  return (
    <Section title={text.sections.membership}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <BranchSelect label={f.branch} name="branchId" value={branch.value} error={branch.error} initialLabel={form.values.branchLabel} onBlur={branch.onBlur} onChange={(id) => form.setValue('branchId', id ?? '')} />
        <Select label={f.memberType} data={TYPE_OPTIONS} allowDeselect={false} withAsterisk {...api.select('memberType')} />
        {date('joinedOn', f.joinedOn, true)}
        <Group gap="lg" mt={24}>
          <Checkbox label={f.collaborator} {...api.check('isCollaborator')} />
          <Checkbox label={f.volunteer} {...api.check('isVolunteer')} />
        </Group>
        <TextInput label={f.cardNumber} {...api.text('cardNumber')} />
        {date('cardIssuedOn', f.cardIssuedOn)}
        {date('leftOn', f.leftOn)}
        <TextInput label={f.leftReason} {...api.text('leftReason')} />
      </SimpleGrid>
      <Textarea label={f.notes} mt="sm" autosize minRows={2} {...api.text('notes')} onChange={(event) => form.setValue('notes', event.currentTarget.value)} />
    </Section>
  );
}
