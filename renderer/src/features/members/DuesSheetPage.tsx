import { Alert, Button, Checkbox, Group, Paper, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, formatNumber, parseDateVi } from '../../../../shared/format';
import type { DuesSheetRow } from '../../../../shared/schemas/member-activity';
import { vi } from '../../../../shared/i18n/vi';
import { ApiError } from '../../api/client';
import { useApi, useMethodQuery } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { BranchSelect } from '../organization/BranchSelect';
import { membersText } from './strings';

const text = membersText.dues;
const amountOf = (typed: string) => (/^\d{1,9}$/.test(typed.replace(/[.\s]/g, '')) ? Number(typed.replace(/[.\s]/g, '')) : null);

/** Thu hội phí: the grid of a branch's members for a year — tick who paid, amount, Lưu. */
export function DuesSheetPage() {
  const info = useMethodQuery('system.info', {});
  const today = info.data?.today ?? '';
  const [branchId, setBranchId] = useState<string | null>(null);
  const [typedYear, setYear] = useState<string | null>(null);
  const year = typedYear ?? today.slice(0, 4);
  const [sub, setSub] = useState(true);
  const [amount, setAmount] = useState('50.000');
  const validYear = /^\d{4}$/.test(year) ? Number(year) : null;
  return (
    <Stack>
      <Text c="dimmed">{text.sheetDescription}</Text>
      <Paper withBorder p="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <BranchSelect label={membersText.filters.branch} value={branchId} onChange={setBranchId} />
          <Switch label={membersText.filters.includeSub} checked={sub} onChange={(event) => setSub(event.currentTarget.checked)} mb={8} />
          <TextInput label={text.year} value={year} onChange={(event) => setYear(event.currentTarget.value)} error={typedYear !== null && validYear === null ? 'Năm phải có 4 chữ số, ví dụ 2025.' : undefined} w={90} />
          <TextInput label={text.defaultAmount} value={amount} onChange={(event) => setAmount(event.currentTarget.value)} error={amountOf(amount) === null ? 'Số tiền phải là số đồng, ví dụ 50.000.' : undefined} w={170} />
        </Group>
      </Paper>
      {branchId && validYear && today ? <Sheet key={`${branchId}-${validYear}-${sub}`} branchId={branchId} year={validYear} sub={sub} defaultAmount={amountOf(amount) ?? 0} today={today} /> : <Text>{text.chooseBranch}</Text>}
    </Stack>
  );
}

function Sheet({ branchId, year, sub, defaultAmount, today }: { branchId: string; year: number; sub: boolean; defaultAmount: number; today: string }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const sheet = useMethodQuery('members.dues.sheet', { branchId, year, includeSubBranches: sub });
  const [ticked, setTicked] = useState<ReadonlyMap<string, string>>(new Map());
  const [paidOn, setPaidOn] = useState(formatDate(today));
  const [failure, setFailure] = useState<string | null>(null);
  if (!sheet.data) return sheet.isError ? <Alert color="red" role="alert">{sheet.error.message}</Alert> : null;
  const rows = sheet.data.rows;
  if (rows.length === 0) return <Text>{text.noMembers}</Text>;
  const toggle = (row: DuesSheetRow, on: boolean) => setTicked((current) => {
    const next = new Map(current);
    if (on) next.set(row.memberId, formatNumber(defaultAmount));
    else next.delete(row.memberId);
    return next;
  });
  const parsedDate = parseDateVi(paidOn);
  const save = async () => {
    if (!parsedDate.ok) return setFailure(parsedDate.message);
    const bad = rows.find((row) => ticked.has(row.memberId) && amountOf(ticked.get(row.memberId) ?? '') === null);
    if (bad) return setFailure(`Số tiền của ${bad.fullName} phải là số đồng, ví dụ 50.000.`);
    const entries = [...ticked].map(([memberId, typed]) => ({ memberId, amount: amountOf(typed) ?? 0 }));
    try {
      const result = await api.call('members.dues.collect', { year, paidOn: parsedDate.iso, entries });
      notifications.show({ color: 'green', message: text.collectSaved(formatNumber(result.saved)) });
      setTicked(new Map());
      setFailure(null);
      await queryClient.invalidateQueries({ queryKey: ['members.dues.sheet'] });
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Button variant="default" onClick={() => rows.filter((row) => !row.paid).forEach((row) => toggle(row, true))}>{text.selectAll}</Button>
        <Group align="flex-end">
          <DateTextField label={text.paidOn} value={paidOn} onChange={(event) => setPaidOn(event.currentTarget.value)} onPick={setPaidOn} error={parsedDate.ok ? undefined : parsedDate.message} w={170} />
          <Button onClick={() => void save()} disabled={ticked.size === 0}>{vi.actions.save}</Button>
        </Group>
      </Group>
      {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
      <SheetTable rows={rows} ticked={ticked} toggle={toggle} setAmount={(memberId, value) => setTicked((current) => new Map(current).set(memberId, value))} />
    </Stack>
  );
}

interface SheetTableProps {
  rows: DuesSheetRow[];
  ticked: ReadonlyMap<string, string>;
  toggle(row: DuesSheetRow, on: boolean): void;
  setAmount(memberId: string, value: string): void;
}

function SheetTable({ rows, ticked, toggle, setAmount }: SheetTableProps) {
  return (
    <Table striped withTableBorder stickyHeader aria-label={membersText.tabs.dues}>
      <Table.Thead>
        <Table.Tr><Table.Th w={60} /><Table.Th>{membersText.columns.name}</Table.Th><Table.Th>{membersText.columns.branch}</Table.Th><Table.Th ta="right">{text.amount}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.memberId}>
            <Table.Td><Checkbox aria-label={text.tick(row.fullName)} checked={row.paid !== null || ticked.has(row.memberId)} disabled={row.paid !== null} onChange={(event) => toggle(row, event.currentTarget.checked)} /></Table.Td>
            <Table.Td>{row.fullName}</Table.Td>
            <Table.Td>{row.branchName}</Table.Td>
            <Table.Td ta="right">
              {row.paid ? `${formatNumber(row.paid.amount)} — ${text.paidAlready(formatDate(row.paid.paidOn))}` : ticked.has(row.memberId) ? (
                <TextInput aria-label={text.amountOf(row.fullName)} value={ticked.get(row.memberId)} onChange={(event) => setAmount(row.memberId, event.currentTarget.value)} w={130} ml="auto" size="xs" />
              ) : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
