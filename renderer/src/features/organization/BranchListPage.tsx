import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate, formatNumber } from '../../../../shared/format';
import type { BranchListItem } from '../../../../shared/schemas/branches';
import { BRANCH_KIND_LABELS } from '../../../../shared/schemas/organization-kinds';
import { useApi, useMethodQuery } from '../../api/context';
import { ExportButton } from '../../components/ExportButton';
import { ImportWizard } from '../../components/import/ImportWizard';
import { useSession } from '../auth/session-context';
import { BranchFilterBar } from './BranchFilterBar';
import { filtersFromParams, paramsFromFilters, queryOf, type FilterText } from './branch-filters';
import { orgText as text } from './strings';

/** Tổ chức Hội → Danh sách: the filtered list; each branch opens as its own page. */
export function BranchListPage() {
  const api = useApi();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = queryOf(filters);
  const list = useMethodQuery('branches.list', query);
  const canWrite = useSession().may('branches.create');
  const [importing, setImporting] = useState(false);
  const setFilters = (next: FilterText) => setParams(paramsFromFilters(next), { replace: true });

  return (
    <Stack>
      <Group justify="space-between" wrap="nowrap">
        <Text c="dimmed">{text.listDescription}</Text>
        <Group gap="xs" wrap="nowrap">
          <ExportButton run={() => api.call('branches.export', query)} />
          {canWrite ? <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => setImporting(true)}>{text.importExcel}</Button> : null}
          {canWrite ? <Button data-main-action leftSection={<IconPlus size={18} aria-hidden />} onClick={() => void navigate('/organization/branches/new')}>{text.add}</Button> : null}
        </Group>
      </Group>
      <BranchFilterBar filters={filters} onChange={setFilters} />
      {list.isPending ? <Loader /> : null}
      {list.isError ? <Alert color="red" role="alert">{list.error.message}</Alert> : null}
      {list.data ? <BranchTable items={list.data.items} filtered={params.size > 0} search={params.toString()} /> : null}
      {importing ? <ImportWizard listType="branches" onClose={() => setImporting(false)} /> : null}
    </Stack>
  );
}

/** Active or dissolved, in words (never colour alone), never cut short. */
function StatusBadge({ item }: { item: Pick<BranchListItem, 'dissolvedOn'> }) {
  const label = item.dissolvedOn ? text.statusDissolved(item.dissolvedOn) : text.statusActive;
  return <Badge color={item.dissolvedOn ? 'gray' : 'green'} variant="light" tt="none" styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}>{label}</Badge>;
}

function BranchTable({ items, filtered, search }: { items: BranchListItem[]; filtered: boolean; search: string }) {
  if (items.length === 0) return <Text>{filtered ? text.noMatch : text.empty}</Text>;
  return (
    <>
      <Text size="sm" c="dimmed" role="status">{text.count(formatNumber(items.length))}</Text>
      <Table striped withTableBorder stickyHeader aria-label={text.tabs.list} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{text.columns.name}</Table.Th>
            <Table.Th>{text.columns.kind}</Table.Th>
            <Table.Th>{text.columns.unit}</Table.Th>
            <Table.Th>{text.columns.parent}</Table.Th>
            <Table.Th>{text.columns.founded}</Table.Th>
            <Table.Th>{text.columns.status}</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>{text.columns.children}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor component={Link} to={`/organization/branches/${item.id}`} state={{ back: search }}>{item.name}</Anchor>
              </Table.Td>
              <Table.Td>{BRANCH_KIND_LABELS[item.kind]}</Table.Td>
              <Table.Td>
                {item.unitName}
                {item.foundedInDifficultCommune ? <Badge ml={6} size="sm" color="orange" variant="light" title={text.difficultLong}>{text.difficultShort}</Badge> : null}
              </Table.Td>
              <Table.Td>{item.parentName ?? ''}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.foundedOn)}</Table.Td>
              <Table.Td><StatusBadge item={item} /></Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>{formatNumber(item.activeChildren)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

export { StatusBadge };
