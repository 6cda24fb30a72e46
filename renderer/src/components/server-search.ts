import type { ComboboxItem, SelectProps } from '@mantine/core';
import { useState } from 'react';

interface Option {
  value: string;
  label: string;
}

/**
 * A Mantine Select whose options come from a search in the core (branches, administrative
 * units): the typed text is the query, and the chosen value keeps one label whatever the search
 * returns — or Select would keep rewriting its text (and the search) between two labels.
 */
export function useServerSearch(value: string | null, initialLabel: string | undefined) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Option | null>(value && initialLabel ? { value, label: initialLabel } : null);
  // The picker shows the chosen option's label as its text: that is not a search.
  const typed = picked && search === picked.label ? '' : search;
  const shown = picked && picked.value === value ? picked : null;
  /** The Select's props for these options; `onChange` gets the value and its label (null when cleared). */
  const selectProps = (options: readonly Option[], onChange: (value: string | null, label: string | null) => void): Partial<SelectProps> => ({
    searchable: true,
    clearable: true,
    data: [...(shown ? [shown] : []), ...options.filter((option) => option.value !== shown?.value)],
    value,
    searchValue: search,
    onSearchChange: setSearch,
    filter: ({ options: all }) => all,
    onChange: (next: string | null, option: ComboboxItem | null) => {
      const chosen = next && option ? { value: next, label: option.label } : null;
      setPicked(chosen);
      onChange(next, chosen?.label ?? null);
    },
  });
  return { typed, selectProps };
}
