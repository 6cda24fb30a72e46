import { Alert, Button, Group, Paper, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDate, formatNumber, parseDateVi } from '../../../../shared/format';
import { vi } from '../../../../shared/i18n/vi';
import { ApiError } from '../../api/client';
import { useApi, useMethodQuery } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { BranchYearBar, useBranchYear } from './BranchYearBar';
import { DuesGrid, SHEET_PAGE_SIZE, type SheetQuery } from './DuesGrid';
import { membersText } from './strings';
import { amountOf, useDuesSave, useTicks } from './use-dues-sheet';

const text = membersText.dues;

/** Thu hội phí: the grid of a branch's members for a year — tick who paid, amount, Lưu. */
export function DuesSheetPage() {
  const choice = useBranchYear();
  const [amount, setAmount] = useState('50.000');
  // While a save runs, the sheet must stay: another branch, year or amount would drop its ticks.
  const [saving, setSaving] = useState(false);
  const query: SheetQuery | null = choice.branchId && choice.year !== null ? { branchId: choice.branchId, year: choice.year, includeSubBranches: choice.includeSub } : null;
  return (
    <Stack>
      <Text c="dimmed">{text.sheetDescription}</Text>
      <BranchYearBar value={choice} branchPlaceholder={text.pickBranch} disabled={saving}>
        <TextInput label={text.defaultAmount} value={amount} onChange={(event) => setAmount(event.currentTarget.value)} error={amountOf(amount) === null ? text.amountInvalid : undefined} disabled={saving} w={170} />
      </BranchYearBar>
      {query && choice.today ? <Sheet key={JSON.stringify(query)} query={query} defaultAmount={amountOf(amount) ?? 0} today={choice.today} onBusy={setSaving} /> : <Text>{text.chooseBranch}</Text>}
    </Stack>
  );
}

interface SheetProps {
  query: SheetQuery;
  defaultAmount: number;
  today: string;
  onBusy(busy: boolean): void;
}

function Sheet({ query, defaultAmount, today, onBusy }: SheetProps) {
  const first = useMethodQuery('members.dues.sheet', { ...query, offset: 0, limit: SHEET_PAGE_SIZE });
  const ticks = useTicks();
  const saving = useDuesSave(query.year, ticks, onBusy);
  const [paidOn, setPaidOn] = useState(formatDate(today));
  if (!first.data) return first.isError ? <Alert color="red" role="alert">{first.error.message}</Alert> : null;
  if (first.data.total === 0) return <Text>{text.noMembers}</Text>;
  const parsedDate = parseDateVi(paidOn);
  const save = () => {
    if (!parsedDate.ok) return saving.setReport({ color: 'red', message: parsedDate.message });
    const bad = [...ticks.ticked.values()].find((tick) => amountOf(tick.amount) === null);
    if (bad) return saving.setReport({ color: 'red', message: bad.name ? text.amountOfInvalid(bad.name) : text.amountInvalid });
    void saving.save(parsedDate.iso, [...ticks.ticked].map(([memberId, tick]) => ({ memberId, amount: amountOf(tick.amount) ?? 0 })));
  };
  const busy = saving.progress !== null;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group gap="xs">
          <TickAllButton query={query} disabled={busy || first.data.unpaid === 0} onIds={(ids) => ticks.tickAll(ids, defaultAmount)} />
          <Button variant="default" onClick={ticks.clear} disabled={busy || ticks.ticked.size === 0}>{text.clearTicks}</Button>
        </Group>
        <Group align="flex-end">
          <DateTextField label={text.paidOn} value={paidOn} onChange={(event) => setPaidOn(event.currentTarget.value)} onPick={setPaidOn} error={parsedDate.ok ? undefined : parsedDate.message} w={170} />
          <Button onClick={save} disabled={busy || ticks.ticked.size === 0} loading={busy}>{vi.actions.save}</Button>
        </Group>
      </Group>
      {saving.progress && saving.progress.total > 0 ? <SaveProgress {...saving.progress} onStop={saving.stop} /> : null}
      {saving.report ? <Alert color={saving.report.color} role="alert">{saving.report.message}</Alert> : null}
      <Text size="sm" role="status" fw={500}>{text.sheetCount(formatNumber(first.data.total), formatNumber(first.data.unpaid), formatNumber(ticks.ticked.size))}</Text>
      <DuesGrid query={query} total={first.data.total} ticks={ticks} defaultAmount={defaultAmount} disabled={busy} />
    </Stack>
  );
}

/** "Chọn tất cả chưa nộp": asks the core for every unpaid member of the sheet, not only the rows on screen. */
function TickAllButton({ query, disabled, onIds }: { query: SheetQuery; disabled: boolean; onIds(ids: readonly string[]): void }) {
  const api = useApi();
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const tickAll = async () => {
    setLoading(true);
    try {
      onIds((await api.call('members.dues.unpaid', query)).memberIds);
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : vi.errors.hostUnreachable);
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <Button variant="default" onClick={() => void tickAll()} loading={loading} disabled={disabled}>{text.selectAll}</Button>
      {failure ? <Text c="red" size="sm" role="alert">{failure}</Text> : null}
    </>
  );
}

function SaveProgress({ done, total, onStop }: { done: number; total: number; onStop(): void }) {
  return (
    <Paper withBorder p="sm" role="status" aria-label={text.saving}>
      <Group justify="space-between" mb={6}>
        <Text size="sm" fw={600}>{text.saving}</Text>
        <Text size="sm" c="dimmed">{vi.jobs.progress(formatNumber(done), formatNumber(total))}</Text>
      </Group>
      <Progress value={(done / total) * 100} animated aria-label={text.saving} />
      <Button mt="xs" size="xs" variant="default" onClick={onStop}>{vi.actions.stop}</Button>
    </Paper>
  );
}
