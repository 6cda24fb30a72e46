import { Select } from '@mantine/core';
import { useState, type FocusEventHandler } from 'react';
import { useMethodQuery } from '../../api/context';

interface Props {
  label: string;
  value: string | null;
  /** The chosen branch and its label as shown (e.g. to keep it in the address for a reload). */
  onChange(id: string | null, label: string | null): void;
  /** The branch being edited: it cannot be its own parent. */
  excludeId?: string | undefined;
  initialLabel?: string | undefined;
  placeholder?: string;
  error?: string | undefined;
  withAsterisk?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  name?: string;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  /** The theme's default is 'md' (every form field); 'sm' for a compact filter bar. */
  size?: 'sm' | 'md';
  w?: number | string;
}

/** Picks a branch by typing its name without accents; the search runs over the stored keys. */
export function BranchSelect({ value, onChange, excludeId, initialLabel, ...props }: Props) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(value && initialLabel ? { value, label: initialLabel } : null);
  // The picker shows the chosen option's label as its text: that is not a search.
  const typed = picked && search === picked.label ? '' : search;
  const found = useMethodQuery('branches.list', { query: typed, status: 'all' });
  const options = (found.data?.items ?? [])
    .filter((item) => item.id !== excludeId)
    .slice(0, 40)
    .map((item) => ({ value: item.id, label: `${item.name} (${item.unitName})` }));
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
      nothingFoundMessage="Không tìm thấy tổ chức nào"
      onChange={(id, option) => {
        setPicked(id && option ? { value: id, label: option.label } : null);
        onChange(id, id && option ? option.label : null);
      }}
    />
  );
}
