import { Select } from '@mantine/core';
import { useState, type FocusEventHandler } from 'react';
import { useMethodQuery } from '../../api/context';

interface Props {
  label: string;
  value: string | null;
  onChange(id: string | null): void;
  /** The branch being edited: it cannot be its own parent. */
  excludeId?: string | undefined;
  initialLabel?: string | undefined;
  placeholder?: string;
  error?: string | undefined;
  disabled?: boolean;
  name?: string;
  onBlur?: FocusEventHandler<HTMLInputElement>;
}

/** Picks a branch by typing its name without accents; the search runs over the stored keys. */
export function BranchSelect({ value, onChange, excludeId, initialLabel, ...props }: Props) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(value && initialLabel ? { value, label: initialLabel } : null);
  const found = useMethodQuery('branches.list', { query: search, status: 'all' });
  const options = (found.data?.items ?? [])
    .filter((item) => item.id !== excludeId)
    .slice(0, 40)
    .map((item) => ({ value: item.id, label: `${item.name} (${item.unitName})` }));
  const current = picked && picked.value === value && !options.some((option) => option.value === value) ? [picked] : [];
  return (
    <Select
      {...props}
      searchable
      clearable
      data={[...current, ...options]}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage="Không tìm thấy tổ chức nào"
      onChange={(id, option) => {
        setPicked(id && option ? { value: id, label: option.label } : null);
        onChange(id);
      }}
    />
  );
}
