import { Table, Text } from '@mantine/core';
import { formatDate, formatDateTimeVietnam } from '../../../../shared/format';
import { ORGANIZATION_FIELD_LABELS } from '../../../../shared/i18n/audit-labels';
import type { HistoryEntry } from '../../../../shared/schemas/branches';
import { BRANCH_KIND_LABELS, BRANCH_KINDS } from '../../../../shared/schemas/organization-kinds';
import { useMethodQuery } from '../../api/context';
import { branchText as text } from './strings';

const LABELS: Record<string, string> = { ...ORGANIZATION_FIELD_LABELS, name: 'Tên tổ chức', phone: 'Điện thoại', email: 'E-mail', address: 'Địa chỉ' };

function valueText(field: string, value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value !== 'string') return String(value);
  if (field === 'kind') return BRANCH_KINDS.find((kind) => kind === value) ? BRANCH_KIND_LABELS[value as (typeof BRANCH_KINDS)[number]] : value;
  if (field === 'parentId') return names.get(value) ?? '(tổ chức đã xóa)';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}

/** Every change of the branch from the audit trail, oldest first, with old and new values. */
export function BranchHistory({ id }: { id: string }) {
  const history = useMethodQuery('branches.history', { id });
  const all = useMethodQuery('branches.list', { status: 'all' });
  const names = new Map((all.data?.items ?? []).map((item) => [item.id, item.name]));
  const entries: HistoryEntry[] = history.data ?? [];
  if (entries.length === 0) return <Text size="sm" c="dimmed">{text.historyEmpty}</Text>;
  return (
    <Table withTableBorder striped aria-label={text.sections.history}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{text.historyColumns.at}</Table.Th>
          <Table.Th w={180}>{text.historyColumns.who}</Table.Th>
          <Table.Th>{text.historyColumns.change}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.seq}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVietnam(entry.at)}</Table.Td>
            <Table.Td>{entry.accountName ?? ''}</Table.Td>
            <Table.Td>
              <Text size="sm">
                {entry.changes.map((change) => `${LABELS[change.field] ?? change.field}: ${valueText(change.field, change.old, names)} → ${valueText(change.field, change.new, names)}`).join('. ')}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
