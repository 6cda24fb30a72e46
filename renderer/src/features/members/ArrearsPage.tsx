import { Alert, Anchor, Group, Paper, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../../../shared/format';
import { useMethodQuery } from '../../api/context';
import { BranchSelect } from '../organization/BranchSelect';
import { membersText } from './strings';

const text = membersText.dues;

/** Chưa nộp hội phí: members during the year without that year's dues, and what was collected. */
export function ArrearsPage() {
  const info = useMethodQuery('system.info', {});
  const today = info.data?.today ?? '';
  const [branchId, setBranchId] = useState<string | null>(null);
  const [typedYear, setYear] = useState<string | null>(null);
  const year = typedYear ?? today.slice(0, 4);
  const [sub, setSub] = useState(true);
  const validYear = /^\d{4}$/.test(year) ? Number(year) : null;
  return (
    <Stack>
      <Text c="dimmed">{text.arrearsDescription}</Text>
      <Paper withBorder p="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label={text.year} value={year} onChange={(event) => setYear(event.currentTarget.value)} error={typedYear !== null && validYear === null ? 'Năm phải có 4 chữ số, ví dụ 2025.' : undefined} w={90} />
          <BranchSelect label={membersText.filters.branch} value={branchId} onChange={setBranchId} />
          <Switch label={membersText.filters.includeSub} checked={sub} disabled={!branchId} onChange={(event) => setSub(event.currentTarget.checked)} mb={8} />
        </Group>
      </Paper>
      {validYear ? <Arrears year={validYear} branchId={branchId} sub={sub} /> : null}
    </Stack>
  );
}

function Arrears({ year, branchId, sub }: { year: number; branchId: string | null; sub: boolean }) {
  const list = useMethodQuery('members.dues.arrears', { year, ...(branchId ? { branchId, includeSubBranches: sub } : {}), limit: 500 });
  const totals = useMethodQuery('members.dues.totals', { year });
  if (list.isError) return <Alert color="red" role="alert">{list.error.message}</Alert>;
  if (!list.data) return null;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" role="status" fw={500}>{text.arrearsCount(formatNumber(list.data.total))}</Text>
        {totals.data ? <Text size="sm">{text.totals(formatMoney(totals.data.amount), formatNumber(totals.data.payers))}</Text> : null}
      </Group>
      <Table striped withTableBorder stickyHeader aria-label={membersText.tabs.arrears}>
        <Table.Thead>
          <Table.Tr><Table.Th>{membersText.columns.name}</Table.Th><Table.Th>{membersText.columns.branch}</Table.Th><Table.Th>{membersText.columns.phone}</Table.Th><Table.Th>{text.lastPaid}</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.items.map((item) => (
            <Table.Tr key={item.memberId}>
              <Table.Td><Anchor component={Link} to={`/members/${item.memberId}`}>{item.fullName}</Anchor></Table.Td>
              <Table.Td>{item.branchName}</Table.Td>
              <Table.Td>{item.phone}</Table.Td>
              <Table.Td>{item.lastPaidYear ?? text.never}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
