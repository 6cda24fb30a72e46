import { Alert, Button, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatMoney } from '../../../../shared/format';
import { duesForm } from '../../../../shared/schemas/member-activity';
import type { MemberDto } from '../../../../shared/schemas/members';
import { ApiError } from '../../api/client';
import { useApi, useMethodQuery } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { useSchemaForm } from '../../lib/use-schema-form';
import { membersText } from './strings';

const text = membersText.dues;

/** Hội phí: one line per year paid, and a line to record a payment. */
export function DuesPanel({ member, today }: { member: MemberDto; today: string }) {
  const api = useApi();
  const dues = useMethodQuery('members.dues.list', { memberId: member.id });
  const queryClient = useQueryClient();
  const remove = async (id: string) => {
    await api.call('members.dues.delete', { id });
    notifications.show({ color: 'green', message: text.deleted });
    await queryClient.invalidateQueries({ queryKey: ['members.dues.list'] });
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">{text.title}</Title>
      {dues.data && dues.data.length > 0 ? (
        <Table withTableBorder striped aria-label={text.title} mb="md">
          <Table.Thead>
            <Table.Tr><Table.Th>{text.year}</Table.Th><Table.Th ta="right">{text.amount}</Table.Th><Table.Th>{text.paidOn}</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dues.data.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{row.year}</Table.Td>
                <Table.Td ta="right">{formatMoney(row.amount)}</Table.Td>
                <Table.Td>{formatDate(row.paidOn)}</Table.Td>
                <Table.Td ta="right"><Button size="xs" variant="subtle" color="red" aria-label={text.remove(row.year)} onClick={() => void remove(row.id)}>{membersText.record.delete}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" mb="sm">{text.empty}</Text>
      )}
      <AddDues member={member} today={today} />
    </Paper>
  );
}

function AddDues({ member, today }: { member: MemberDto; today: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const initial = { year: today.slice(0, 4), amount: '', paidOn: formatDate(today), notes: '' };
  const form = useSchemaForm(duesForm, initial);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (values: { year: number; amount: number; paidOn: string; notes: string }) => api.call('members.dues.save', { ...values, memberId: member.id }),
    onSuccess: async () => {
      form.reset(initial);
      setFailure(null);
      notifications.show({ color: 'green', message: text.saved });
      await queryClient.invalidateQueries({ queryKey: ['members.dues.list'] });
    },
    onError: (error) => setFailure(error instanceof ApiError ? error.message : String(error)),
  });
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate aria-label={text.add}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput label={text.year} {...form.field('year')} w={90} />
        <TextInput label={text.amount} placeholder="50.000" {...form.field('amount')} w={160} />
        <DateTextField label={text.paidOn} {...form.field('paidOn')} onPick={(value) => form.setValue('paidOn', value)} w={170} />
        <Button type="submit" mt={25} loading={save.isPending}>{text.add}</Button>
      </Group>
      {failure ? <Alert color="red" variant="light" mt="sm" role="alert">{failure}</Alert> : null}
    </form>
  );
}
