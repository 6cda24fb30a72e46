import { Select } from '@mantine/core';
import { useState, type FocusEventHandler } from 'react';
import type { UnitLevel } from '../../../../shared/schemas/organization-kinds';
import type { UnitOption } from '../../../../shared/schemas/units';
import { useMethodQuery } from '../../api/context';

interface Props {
  label: string;
  value: string | null;
  onChange(code: string | null, label: string): void;
  /** Only units valid on this day; without it, every unit ever recorded (latest name). */
  asOf?: string | undefined;
  levels?: UnitLevel[];
  /** The label of the current value, before any search (a record being edited). */
  initialLabel?: string | undefined;
  placeholder?: string;
  description?: string;
  error?: string | undefined;
  disabled?: boolean;
  readOnly?: boolean;
  withAsterisk?: boolean;
  name?: string;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  w?: number | string;
}

const NOTHING_FOUND = 'Không tìm thấy đơn vị hành chính nào';

/** Picks an administrative unit by typing its name without accents; the search runs in the core. */
export function UnitSelect({ value, onChange, asOf, levels, initialLabel, ...props }: Props) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(value && initialLabel ? { value, label: initialLabel } : null);
  // The picker shows the chosen option's label as its text: that is not a search.
  const typed = picked && search === picked.label ? '' : search;
  const found = useMethodQuery('units.search', { query: typed, ...(asOf ? { asOf } : {}), ...(levels ? { levels } : {}), limit: 30 });
  const options = (found.data ?? []).map((unit: UnitOption) => ({ value: unit.code, label: unit.path }));
  // The chosen value keeps one label whatever the search returns, or Mantine's Select would
  // keep rewriting its text (and the search) between two labels.
  const shown = picked && picked.value === value ? picked : null;
  const data = [...(shown ? [shown] : []), ...options.filter((option) => option.value !== shown?.value)];
  return (
    <Select
      {...props}
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={NOTHING_FOUND}
      onChange={(code, option) => {
        setPicked(code && option ? { value: code, label: option.label } : null);
        onChange(code, option?.label ?? '');
      }}
    />
  );
}
