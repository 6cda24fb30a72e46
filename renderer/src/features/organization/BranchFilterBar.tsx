import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { BRANCH_KIND_LABELS, BRANCH_KINDS } from '../../../../shared/schemas/organization-kinds';
import { DateTextField } from '../../components/DateTextField';
import { UnitSelect } from '../units/UnitSelect';
import { typedDate, type FilterText } from './branch-filters';
import { orgText as text } from './strings';

const KIND_OPTIONS = BRANCH_KINDS.map((kind) => ({ value: kind, label: BRANCH_KIND_LABELS[kind] }));
const EMPTY: FilterText = { q: '', kind: null, unit: null, unitLabel: '', from: '', to: '', status: 'all' };

/** Search box first, then the filters (ui.md, Layout); every change lands in the address. */
export function BranchFilterBar({ filters, onChange }: { filters: FilterText; onChange(next: FilterText): void }) {
  const set = (patch: Partial<FilterText>) => onChange({ ...filters, ...patch });
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        data-search-box
        label={text.filters.search}
        placeholder={text.filters.searchPlaceholder}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filters.q}
        onChange={(event) => set({ q: event.currentTarget.value })}
        w={290}
        size="sm"
      />
      <Select label={text.filters.kind} placeholder={text.filters.all} data={KIND_OPTIONS} value={filters.kind} onChange={(kind) => set({ kind: kind as FilterText['kind'] })} clearable w={200} size="sm" />
      <UnitSelect
        label={text.filters.unit}
        placeholder={text.filters.unitPlaceholder}
        value={filters.unit}
        initialLabel={filters.unitLabel}
        onChange={(unit, unitLabel) => set({ unit, unitLabel })}
        w={250}
      />
      <DateTextField label={text.filters.from} value={filters.from} error={typedDate(filters.from).error} onChange={(event) => set({ from: event.currentTarget.value })} onPick={(from) => set({ from })} w={140} size="sm" />
      <DateTextField label={text.filters.to} value={filters.to} error={typedDate(filters.to).error} onChange={(event) => set({ to: event.currentTarget.value })} onPick={(to) => set({ to })} w={140} size="sm" />
      <SegmentedControl
        aria-label={text.filters.status}
        value={filters.status}
        onChange={(status) => set({ status: status as FilterText['status'] })}
        data={[
          { value: 'all', label: text.filters.all },
          { value: 'active', label: text.filters.active },
          { value: 'dissolved', label: text.filters.dissolved },
        ]}
      />
      <Button variant="subtle" size="sm" onClick={() => onChange(EMPTY)}>{text.filters.clear}</Button>
    </Group>
  );
}
