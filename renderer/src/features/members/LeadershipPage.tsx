import { Alert, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDate, parseDateVi } from '../../../../shared/format';
import { POSITION_LABELS } from '../../../../shared/schemas/member-activity';
import { useMethodQuery } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { BranchSelect } from '../organization/BranchSelect';
import { membersText } from './strings';

const text = membersText.leadership;

/** Lãnh đạo theo ngày: who held which position on a date (the reports use the same query). */
export function LeadershipPage() {
  const info = useMethodQuery('system.info', {});
  const [typed, setTyped] = useState<string | null>(null);
  const [branchId, setBranchId] = useState<string | null>(null);
  const dateText = typed ?? (info.data ? formatDate(info.data.today) : '');
  const parsed = parseDateVi(dateText);
  const date = parsed.ok && parsed.precision === 'day' ? parsed.iso : null;
  return (
    <Stack>
      <Text c="dimmed">{text.description}</Text>
      <Paper withBorder p="sm">
        <Group align="flex-end" gap="sm">
          <DateTextField label={text.date} value={dateText} onChange={(event) => setTyped(event.currentTarget.value)} onPick={setTyped} error={dateText && !date ? (parsed.ok ? 'Cần ghi đủ ngày, tháng, năm theo dạng dd/mm/yyyy.' : parsed.message) : undefined} w={180} />
          <BranchSelect label={membersText.filters.branch} value={branchId} onChange={setBranchId} />
        </Group>
      </Paper>
      {date ? <Leadership date={date} branchId={branchId} /> : null}
    </Stack>
  );
}

function Leadership({ date, branchId }: { date: string; branchId: string | null }) {
  const held = useMethodQuery('members.leadership', { date, ...(branchId ? { branchId } : {}) });
  if (held.isError) return <Alert color="red" role="alert">{held.error.message}</Alert>;
  if (!held.data) return null;
  if (held.data.length === 0) return <Text>{text.empty}</Text>;
  return (
    <Table striped withTableBorder aria-label={membersText.tabs.leadership}>
      <Table.Thead>
        <Table.Tr><Table.Th>{text.columns.position}</Table.Th><Table.Th>{text.columns.name}</Table.Th><Table.Th>{text.columns.branch}</Table.Th><Table.Th>{text.columns.term}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {held.data.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>{row.position === 'khac' ? row.title : POSITION_LABELS[row.position]}</Table.Td>
            <Table.Td>{row.memberName}</Table.Td>
            <Table.Td>{row.branchName}</Table.Td>
            <Table.Td>{`${formatDate(row.fromDate)} – ${row.toDate ? formatDate(row.toDate) : membersText.positions.open}`}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
