import { Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ETHNICITIES } from '../../../../shared/data/ethnicities';
import { POSITION_LABELS, POSITIONS } from '../../../../shared/schemas/member-activity';
import { MEMBER_LIST_STATUSES } from '../../../../shared/schemas/member-lists';
import { GENDER_LABELS, GENDERS } from '../../../../shared/schemas/members';
import { accentInsensitiveFilter } from '../../components/accent-filter';
import { BranchSelect } from '../organization/BranchSelect';
import { UnitSelect } from '../units/UnitSelect';
import { hasFilters, rememberOrder, typedDate, type MemberFilterText } from './member-filters';
import { membersText as text } from './strings';

const t = text.filters;
export const ETHNICITY_OPTIONS = ETHNICITIES.map((ethnicity) => ({ value: ethnicity.code, label: ethnicity.name }));
export const POSITION_OPTIONS = POSITIONS.map((position) => ({ value: position, label: POSITION_LABELS[position] }));
export const GENDER_OPTIONS = GENDERS.map((gender) => ({ value: gender, label: GENDER_LABELS[gender] }));

/**
 * Search box first, then the filters (ui.md); every change goes to the address bar as a patch on
 * the address as it is then: the search box's delayed update must not undo a branch picked meanwhile.
 */
export function MemberFilterBar({ filters, onChange }: { filters: MemberFilterText; onChange(patch: Partial<MemberFilterText>): void }) {
  const [search, setSearch] = useState(filters.q);
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const pushSearch = useDebouncedCallback((q: string) => onChange({ q }), 250);
  const set = onChange;
  const advanced = Boolean(filters.unit || filters.position || filters.gender || filters.ethnicity || filters.from || filters.to || filters.ctv || filters.tnv);
  const [more, setMore] = useState(advanced);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t.search}
            placeholder={t.searchPlaceholder}
            leftSection={<IconSearch size={16} aria-hidden />}
            data-search-box
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              pushSearch(event.currentTarget.value);
            }}
            w={270}
          />
          <BranchSelect label={t.branch} value={filters.branch} initialLabel={filters.branchLabel} onChange={(id, label) => set({ branch: id, branchLabel: label ?? '' })} size="md" w={270} />
          <Switch label={t.includeSub} checked={filters.sub} disabled={!filters.branch} onChange={(event) => set({ sub: event.currentTarget.checked })} mb={10} />
          <Select label={t.status} data={MEMBER_LIST_STATUSES.map((status) => ({ value: status, label: text.statuses[status] }))} value={filters.status} onChange={(status) => set({ status: MEMBER_LIST_STATUSES.find((each) => each === status) ?? 'active' })} allowDeselect={false} size="md" w={190} />
          <Button variant={more ? 'light' : 'default'} aria-expanded={more} onClick={() => setMore((open) => !open)}>{t.more}</Button>
        </Group>
        {more ? <MoreFilters filters={filters} set={set} from={from} to={to} setFrom={setFrom} setTo={setTo} /> : null}
      </Stack>
    </Paper>
  );
}

interface MoreProps {
  filters: MemberFilterText;
  set(patch: Partial<MemberFilterText>): void;
  from: string;
  to: string;
  setFrom(value: string): void;
  setTo(value: string): void;
}

/** The filters behind "Lọc thêm": unit, position, gender, ethnicity, joining period, flags. */
function MoreFilters({ filters, set, from, to, setFrom, setTo }: MoreProps) {
  const fromError = typedDate(from).error;
  const toError = typedDate(to).error;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <UnitSelect label={t.unit} value={filters.unit} initialLabel={filters.unitLabel} onChange={(code, label) => set({ unit: code, unitLabel: label })} w={220} />
      <Select label={t.position} data={POSITION_OPTIONS} value={filters.position} clearable placeholder={t.any} onChange={(value) => set({ position: POSITIONS.find((each) => each === value) ?? null })} w={190} />
      <Select label={t.gender} data={GENDER_OPTIONS} value={filters.gender} clearable placeholder={t.any} onChange={(value) => set({ gender: GENDERS.find((each) => each === value) ?? null })} w={100} />
      <Select label={t.ethnicity} data={ETHNICITY_OPTIONS} value={filters.ethnicity} searchable clearable filter={accentInsensitiveFilter} placeholder={t.any} onChange={(value) => set({ ethnicity: ETHNICITIES.find((each) => each.code === value)?.code ?? null })} w={130} />
      <TextInput label={t.joinedFrom} placeholder="dd/mm/yyyy" value={from} error={fromError} onChange={(event) => setFrom(event.currentTarget.value)} onBlur={() => !fromError && set({ from })} w={130} />
      <TextInput label={t.joinedTo} placeholder="dd/mm/yyyy" value={to} error={toError} onChange={(event) => setTo(event.currentTarget.value)} onBlur={() => !toError && set({ to })} w={120} />
      <Stack gap={4} mb={2}>
        <Checkbox label={t.collaborator} checked={filters.ctv} onChange={(event) => set({ ctv: event.currentTarget.checked })} />
        <Checkbox label={t.volunteer} checked={filters.tnv} onChange={(event) => set({ tnv: event.currentTarget.checked })} />
      </Stack>
    </Group>
  );
}

/** Tên trước / Họ trước: the sort order, remembered as the user's setting. */
export function OrderControl({ filters, onChange, onClear }: { filters: MemberFilterText; onChange(patch: Partial<MemberFilterText>): void; onClear(next: MemberFilterText): void }) {
  const clear = () => onClear({ ...filters, q: '', branch: null, branchLabel: '', sub: true, unit: null, unitLabel: '', status: 'active', position: null, gender: null, ethnicity: null, from: '', to: '', ctv: false, tnv: false });
  return (
    <Group gap="xs">
      {hasFilters(filters) ? <Button variant="subtle" size="compact-sm" onClick={clear} mr="md">{t.clear}</Button> : null}
      <Text size="sm" id="member-order-label">{t.order}</Text>
      <SegmentedControl
        aria-labelledby="member-order-label"
        size="xs"
        data={[{ value: 'ten-first', label: t.orderTen }, { value: 'ho-first', label: t.orderHo }]}
        value={filters.order}
        onChange={(value) => {
          const order = value === 'ho-first' ? 'ho-first' : 'ten-first';
          rememberOrder(order);
          onChange({ order });
        }}
      />
    </Group>
  );
}
