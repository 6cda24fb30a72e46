import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../../../shared/format';
import type { MethodInput } from '../../../../shared/contract';
import { useMethodQuery } from '../../api/context';
import { useMethodPages } from '../../components/virtual-table-hooks';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useSession } from '../auth/session-context';
import { BranchYearBar, useBranchYear } from './BranchYearBar';
import { membersText } from './strings';

const text = membersText.dues;
const PAGE_SIZE = 50;

type ArrearsQuery = Omit<MethodInput<'members.dues.arrears'>, 'offset' | 'limit'>;

const COLUMNS: readonly VirtualColumn[] = [
  { label: membersText.columns.name, width: 'minmax(200px, 2fr)' },
  { label: membersText.columns.branch, width: 'minmax(200px, 2fr)' },
  { label: membersText.columns.phone, width: '140px' },
  { label: text.lastPaid, width: '170px' },
];

/** Chưa nộp hội phí: every member during the year without that year's dues, and what was collected. */
export function ArrearsPage() {
  const choice = useBranchYear();
  const query: ArrearsQuery | null = choice.year === null ? null : { year: choice.year, ...(choice.branchId ? { branchId: choice.branchId, includeSubBranches: choice.includeSub } : {}) };
  return (
    <Stack>
      <Text c="dimmed">{text.arrearsDescription}</Text>
      <BranchYearBar value={choice} branchPlaceholder={text.anyBranch} />
      {query ? <Arrears key={JSON.stringify(query)} query={query} /> : null}
    </Stack>
  );
}

function Arrears({ query }: { query: ArrearsQuery }) {
  const first = useMethodQuery('members.dues.arrears', { ...query, offset: 0, limit: PAGE_SIZE });
  const source = useMethodPages('members.dues.arrears', query, PAGE_SIZE, (data) => data.items);
  const totals = useMethodQuery('members.dues.totals', { year: query.year });
  const canOpen = useSession().may('members.get');
  if (first.isError) return <Alert color="red" role="alert">{first.error.message}</Alert>;
  if (!first.data) return null;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" role="status" fw={500}>{text.arrearsCount(formatNumber(first.data.total))}</Text>
        {totals.data ? <Text size="sm">{text.totals(formatMoney(totals.data.amount), formatNumber(totals.data.payers))}</Text> : null}
      </Group>
      {first.data.total === 0 ? <Text>{text.noArrears}</Text> : (
        <VirtualTable
          label={membersText.tabs.arrears}
          columns={COLUMNS}
          total={first.data.total}
          source={source}
          height="calc(100vh - 330px)"
          cells={(item) => [
            canOpen ? <Anchor component={Link} to={`/members/${item.memberId}`}>{item.fullName}</Anchor> : item.fullName,
            item.branchName,
            item.phone,
            item.lastPaidYear ?? text.never,
          ]}
        />
      )}
    </Stack>
  );
}
