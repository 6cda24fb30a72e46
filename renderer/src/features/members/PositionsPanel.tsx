import { Alert, Button, Group, Paper, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate } from '../../../../shared/format';
import { POSITION_LABELS, positionForm, type PositionDto } from '../../../../shared/schemas/member-activity';
import type { MemberDto } from '../../../../shared/schemas/members';
import { ApiError } from '../../api/client';
import { useApi, useMethodQuery } from '../../api/context';
import { useSchemaForm } from '../../lib/use-schema-form';
import { BranchSelect } from '../organization/BranchSelect';
import { POSITION_OPTIONS } from './MemberFilterBar';
import { membersText } from './strings';

const text = membersText.positions;

const labelOf = (position: PositionDto) => (position.position === 'khac' ? position.title : POSITION_LABELS[position.position]);
const termOf = (position: PositionDto) => `${formatDate(position.fromDate)} – ${position.toDate ? formatDate(position.toDate) : text.open}`;

/** Chức vụ và nhiệm kỳ: the positions the member held or holds, and a line to add one. */
export function PositionsPanel({ member }: { member: MemberDto; today: string }) {
  const api = useApi();
  const positions = useMethodQuery('members.positions.list', { memberId: member.id });
  const queryClient = useQueryClient();
  const remove = async (position: PositionDto) => {
    await api.call('members.positions.delete', { id: position.id });
    notifications.show({ color: 'green', message: text.deleted });
    await queryClient.invalidateQueries({ queryKey: ['members.positions.list'] });
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">{text.title}</Title>
      {positions.data && positions.data.length > 0 ? (
        <Table withTableBorder striped aria-label={text.title} mb="md">
          <Table.Thead>
            <Table.Tr><Table.Th>{text.position}</Table.Th><Table.Th>{text.branch}</Table.Th><Table.Th>{text.term}</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {positions.data.map((position) => (
              <Table.Tr key={position.id}>
                <Table.Td>{labelOf(position)}</Table.Td>
                <Table.Td>{position.branchName}</Table.Td>
                <Table.Td>{termOf(position)}</Table.Td>
                <Table.Td ta="right"><Button size="xs" variant="subtle" color="red" aria-label={text.remove(labelOf(position))} onClick={() => void remove(position)}>{membersText.record.delete}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" mb="sm">{text.empty}</Text>
      )}
      <AddPosition member={member} />
    </Paper>
  );
}

const EMPTY = { position: 'chi_hoi_truong', title: '', branchId: '', fromDate: '', toDate: '', notes: '' };

function AddPosition({ member }: { member: MemberDto }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const initial = { ...EMPTY, branchId: member.branchId };
  const form = useSchemaForm(positionForm, initial);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: Omit<Parameters<typeof api.call<'members.positions.save'>>[1], 'memberId'>) => api.call('members.positions.save', { ...values, memberId: member.id }),
    onSuccess: async () => {
      form.reset(initial);
      setFailure(null);
      notifications.show({ color: 'green', message: text.saved });
      await queryClient.invalidateQueries({ queryKey: ['members.positions.list'] });
    },
    onError: (error) => {
      if (error instanceof ApiError) form.setServerErrors(Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message])));
      setFailure(error instanceof ApiError ? error.message : String(error));
    },
  });
  const position = form.field('position');
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate aria-label={text.add}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Select label={text.position} data={POSITION_OPTIONS} allowDeselect={false} name="position" value={position.value} onChange={(value) => form.setValue('position', value ?? 'khac')} w={210} />
        {form.values.position === 'khac' ? <TextInput label={text.titleOther} {...form.field('title')} w={180} /> : null}
        <BranchSelect label={text.branch} name="branchId" value={form.values.branchId || null} initialLabel={member.branchName} error={form.field('branchId').error} onChange={(id) => form.setValue('branchId', id ?? '')} />
        <TextInput label={text.from} placeholder={text.termHint} {...form.field('fromDate')} w={175} />
        <TextInput label={text.to} placeholder={text.termHint} {...form.field('toDate')} w={175} />
        <Button type="submit" mt={25} loading={save.isPending}>{text.add}</Button>
      </Group>
      {failure ? <Alert color="red" variant="light" mt="sm" role="alert">{failure}</Alert> : null}
    </form>
  );
}
