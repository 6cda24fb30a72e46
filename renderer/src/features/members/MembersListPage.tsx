import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMethodQuery } from '../../api/context';
import { currentSearchParams } from '../../lib/address';
import { useSession } from '../auth/session-context';
import { MembersExcelActions } from '../members-import/MembersExcelActions';
import { filtersFromParams, hasFilters, paramsFromFilters, queryOf, type MemberFilterText } from './member-filters';
import { MemberFilterBar, OrderControl } from './MemberFilterBar';
import { countLine, MEMBER_PAGE_SIZE, MemberTable } from './MemberTable';
import { membersText as text } from './strings';

/** Hội viên → Danh sách: search and filters in the address, the list virtualised. */
export function MembersListPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = queryOf(filters);
  const first = useMethodQuery('members.list', { ...query, offset: 0, limit: MEMBER_PAGE_SIZE });
  const session = useSession();
  const canWrite = session.may('members.create');
  const setFilters = (next: MemberFilterText) => setParams(paramsFromFilters(next), { replace: true });
  // A patch applies to the address as it is when it lands (a delayed search after a branch pick).
  const patchFilters = (patch: Partial<MemberFilterText>) => setFilters({ ...filtersFromParams(currentSearchParams()), ...patch });
  const key = JSON.stringify(query);
  // "Bỏ lọc" starts the filter bar afresh (its typed search and dates are its own state).
  const [cleared, setCleared] = useState(0);
  const clear = (next: MemberFilterText) => {
    setFilters(next);
    setCleared((count) => count + 1);
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Text c="dimmed">{text.listDescription}</Text>
        <Group gap="xs" wrap="nowrap">
          <MembersExcelActions filter={query} />
          {canWrite ? <Button data-main-action leftSection={<IconPlus size={18} aria-hidden />} onClick={() => void navigate('/members/new', { state: { back: params.toString() } })}>{text.add}</Button> : null}
        </Group>
      </Group>
      <MemberFilterBar key={cleared} filters={filters} onChange={patchFilters} />
      {first.isError ? <Alert color="red" role="alert">{first.error.message}</Alert> : null}
      {first.isPending ? <Loader /> : null}
      {first.data ? (
        <>
          <Group justify="space-between">
            <Text size="sm" role="status" fw={500}>{countLine(first.data)}</Text>
            <OrderControl filters={filters} onChange={patchFilters} onClear={clear} />
          </Group>
          {first.data.total === 0 ? (
            <Text>{hasFilters(filters) ? text.noMatch : text.empty}</Text>
          ) : (
            <MemberTable key={key} query={query} total={first.data.total} canOpen={session.may('members.get')} back={params.toString()} />
          )}
        </>
      ) : null}
    </Stack>
  );
}
