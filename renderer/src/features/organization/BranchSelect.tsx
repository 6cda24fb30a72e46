import { Select } from '@mantine/core';
import type { FocusEventHandler } from 'react';
import { useMethodQuery } from '../../api/context';
import { useServerSearch } from '../../components/server-search';

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
  const search = useServerSearch(value, initialLabel);
  const found = useMethodQuery('branches.list', { query: search.typed, status: 'all' });
  const options = (found.data?.items ?? [])
    .filter((item) => item.id !== excludeId)
    .slice(0, 40)
    .map((item) => ({ value: item.id, label: `${item.name} (${item.unitName})` }));
  return <Select {...props} {...search.selectProps(options, onChange)} nothingFoundMessage="Không tìm thấy tổ chức nào" />;
}
