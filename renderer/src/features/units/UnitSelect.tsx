import { Select } from '@mantine/core';
import type { FocusEventHandler } from 'react';
import type { UnitLevel } from '../../../../shared/schemas/organization-kinds';
import type { UnitOption } from '../../../../shared/schemas/units';
import { useMethodQuery } from '../../api/context';
import { useServerSearch } from '../../components/server-search';

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
  const search = useServerSearch(value, initialLabel);
  const found = useMethodQuery('units.search', { query: search.typed, ...(asOf ? { asOf } : {}), ...(levels ? { levels } : {}), limit: 30 });
  const options = (found.data ?? []).map((unit: UnitOption) => ({ value: unit.code, label: unit.path }));
  return <Select {...props} {...search.selectProps(options, (code, label) => onChange(code, label ?? ''))} nothingFoundMessage={NOTHING_FOUND} />;
}
