import { Checkbox, TextInput } from '@mantine/core';
import { formatDate, formatNumber } from '../../../../shared/format';
import type { MethodInput } from '../../../../shared/contract';
import type { DuesSheetRow } from '../../../../shared/schemas/member-activity';
import { useMethodPages } from '../../components/virtual-table-hooks';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { membersText } from './strings';
import type { useTicks } from './use-dues-sheet';

const text = membersText.dues;

/** Rows per call of `members.dues.sheet`; the page asks for the first page with the same size. */
export const SHEET_PAGE_SIZE = 50;

export type SheetQuery = Omit<MethodInput<'members.dues.sheet'>, 'offset' | 'limit'> & { year: number };

const COLUMNS: readonly VirtualColumn[] = [
  { label: text.paidColumn, width: '80px' },
  { label: membersText.columns.name, width: 'minmax(200px, 2fr)' },
  { label: membersText.columns.branch, width: 'minmax(200px, 2fr)' },
  { label: text.amount, width: '270px', align: 'right' },
];

interface Props {
  query: SheetQuery;
  total: number;
  ticks: ReturnType<typeof useTicks>;
  defaultAmount: number;
  /** While saving, the ticks cannot change. */
  disabled: boolean;
}

/**
 * The grid of the dues sheet, virtualised like the members list: every member of the branch (and
 * its sub-branches) during the year, a page at a time. A tick and its amount are kept by member
 * id in `ticks`, so scrolling away and back keeps them.
 */
export function DuesGrid({ query, total, ticks, defaultAmount, disabled }: Props) {
  const source = useMethodPages('members.dues.sheet', query, SHEET_PAGE_SIZE, (data) => data.rows);
  const cells = (row: DuesSheetRow) => {
    const tick = ticks.ticked.get(row.memberId);
    return [
      <Checkbox
        aria-label={text.tick(row.fullName)}
        checked={row.paid !== null || tick !== undefined}
        disabled={row.paid !== null || disabled}
        onChange={(event) => ticks.toggle(row.memberId, row.fullName, event.currentTarget.checked, defaultAmount)}
      />,
      row.fullName,
      row.branchName,
      row.paid ? `${formatNumber(row.paid.amount)} — ${text.paidAlready(formatDate(row.paid.paidOn))}` : tick ? (
        <TextInput aria-label={text.amountOf(row.fullName)} value={tick.amount} onChange={(event) => ticks.setAmount(row.memberId, row.fullName, event.currentTarget.value)} disabled={disabled} w={130} ml="auto" size="xs" />
      ) : '',
    ];
  };
  return <VirtualTable label={membersText.tabs.dues} columns={COLUMNS} total={total} source={source} cells={cells} height="calc(100vh - 420px)" />;
}
