import { Alert, Button, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTimeVietnam, formatNumber, parseDateVi } from '../../../../shared/format';
import { useApi, useMethodQuery } from '../../api/context';
import { DateTextField } from '../../components/DateTextField';
import { ExportButton } from '../../components/ExportButton';
import { describeDetail } from './describe-detail';
import { auditText as text } from './strings';

interface Filters {
  accountId: string | null;
  entity: string | null;
  from: string;
  to: string;
}

function isoOrUndefined(typed: string): { iso?: string; error?: string } {
  if (typed.trim() === '') return {};
  const parsed = parseDateVi(typed);
  return parsed.ok ? { iso: parsed.iso } : { error: parsed.message };
}

/** Cài đặt → Nhật ký (Quản trị only): the audit trail, filtered, and its integrity check. */
export function AuditPage() {
  const [filters, setFilters] = useState<Filters>({ accountId: null, entity: null, from: '', to: '' });
  const [limit, setLimit] = useState(100);
  const from = isoOrUndefined(filters.from);
  const to = isoOrUndefined(filters.to);
  const filter = {
    ...(filters.accountId ? { accountId: filters.accountId } : {}),
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(from.iso ? { from: from.iso } : {}),
    ...(to.iso ? { to: to.iso } : {}),
  };
  const query = useMethodQuery('audit.list', { limit, ...filter });
  const api = useApi();
  const set = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));
  const accountOptions = (query.data?.accounts ?? []).map((account) => ({ value: account.id, label: account.displayName }));
  const entityOptions = Object.entries(text.entities).map(([value, label]) => ({ value, label }));

  return (
    <Stack maw={1100}>
      <Text c="dimmed">{text.description}</Text>
      <Group align="flex-end">
        <Select label={text.filters.account} placeholder={text.filters.all} data={accountOptions} value={filters.accountId} onChange={(value) => set({ accountId: value })} clearable w={220} />
        <Select label={text.filters.entity} placeholder={text.filters.all} data={entityOptions} value={filters.entity} onChange={(value) => set({ entity: value })} clearable w={220} />
        <DateTextField label={text.filters.from} value={filters.from} error={from.error} onChange={(event) => set({ from: event.currentTarget.value })} onPick={(value) => set({ from: value })} w={170} />
        <DateTextField label={text.filters.to} value={filters.to} error={to.error} onChange={(event) => set({ to: event.currentTarget.value })} onPick={(value) => set({ to: value })} w={170} />
      </Group>
      <Group justify="space-between" align="flex-start">
        <VerifyButton />
        <ExportButton run={() => api.call('audit.export', filter)} />
      </Group>
      {query.isPending ? <Loader /> : null}
      {query.isError ? <Alert color="red" role="alert">{query.error.message}</Alert> : null}
      {query.data ? <AuditTable entries={query.data.entries} /> : null}
      {query.data && query.data.entries.length === limit ? (
        <Group><Button variant="default" onClick={() => setLimit(limit + 100)}>{text.more}</Button></Group>
      ) : null}
    </Stack>
  );
}

function AuditTable({ entries }: { entries: { seq: number; createdAt: string; accountName: string | null; action: string; entity: string | null; detail: string | null; method: string | null }[] }) {
  if (entries.length === 0) return <Text>{text.empty}</Text>;
  return (
    <Table striped withTableBorder stickyHeader aria-label={text.tab}>
      <Table.Thead>
        <Table.Tr>
          {Object.values(text.columns).map((label) => <Table.Th key={label}>{label}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.seq}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVietnam(entry.createdAt)}</Table.Td>
            <Table.Td>{entry.accountName ?? text.system}</Table.Td>
            <Table.Td>{text.actions[entry.action] ?? entry.action}</Table.Td>
            <Table.Td>{entry.entity ? (text.entities[entry.entity] ?? entry.entity) : ''}</Table.Td>
            <Table.Td><Text size="sm" style={{ wordBreak: 'break-word' }}>{describeDetail(entry.detail)}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function VerifyButton() {
  const api = useApi();
  const [result, setResult] = useState<{ ok: boolean; rows: number; problem: string | null } | null>(null);
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="light" leftSection={<IconShieldCheck size={18} aria-hidden />} onClick={() => void api.call('audit.verify', {}).then(setResult)}>
        {text.verify}
      </Button>
      {result ? (
        result.ok ? <Alert color="green">{text.verifiedOk(formatNumber(result.rows))}</Alert> : <Alert color="red" title={text.verifiedBroken} role="alert">{result.problem}</Alert>
      ) : null}
    </Stack>
  );
}
