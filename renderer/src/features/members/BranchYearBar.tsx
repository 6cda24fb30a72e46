import { Group, Paper, Switch, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useMethodQuery } from '../../api/context';
import { BranchSelect } from '../organization/BranchSelect';
import { membersText } from './strings';

const text = membersText.dues;

/** The choice heading the dues and arrears pages: a branch (with or without its sub-branches) and a year. */
export interface BranchYear {
  /** Today in Vietnam (from the core), '' until known. */
  today: string;
  branchId: string | null;
  /** The chosen branch's label as the picker showed it, kept in the address for a reload. */
  branchLabel: string;
  includeSub: boolean;
  /** The year as typed (this year until the user types). */
  yearText: string;
  /** The year when `yearText` is one, else null. */
  year: number | null;
  typed: boolean;
  setBranch(id: string | null, label: string | null): void;
  setIncludeSub(on: boolean): void;
  setYearText(value: string): void;
}

/**
 * The choice lives in the address (?branch=…&branchLabel=…&sub=0&year=…), like the members list's
 * filters (ui.md, Layout); the label lets the picker show the branch after a reload.
 */
export function useBranchYear(): BranchYear {
  const info = useMethodQuery('system.info', {});
  const today = info.data?.today ?? '';
  const [params, setParams] = useSearchParams();
  const set = (values: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(values)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  const branchId = params.get('branch');
  const typedYear = params.get('year');
  const yearText = typedYear ?? today.slice(0, 4);
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  return {
    ...{ today, branchId, branchLabel: (branchId && params.get('branchLabel')) ?? '', includeSub: params.get('sub') !== '0', yearText, year, typed: typedYear !== null },
    setBranch: (id, label) => set({ branch: id, branchLabel: id && label ? label : null }),
    setIncludeSub: (on) => set({ sub: on ? null : '0' }),
    setYearText: (value) => set({ year: value }),
  };
}

interface Props {
  value: BranchYear;
  /** Shown while no branch is chosen: "all branches" where that means something, else a prompt. */
  branchPlaceholder: string;
  /** Fields of the page itself, after the year (e.g. the dues grid's amount). */
  children?: ReactNode;
  /** While the page saves, the choice cannot change. */
  disabled?: boolean;
}

/** Tổ chức Hội · Gồm cả cấp dưới · Năm — one bar for both pages, in the same order. */
export function BranchYearBar({ value, branchPlaceholder, children, disabled = false }: Props) {
  return (
    <Paper withBorder p="sm">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <BranchSelect label={membersText.filters.branch} placeholder={branchPlaceholder} value={value.branchId} initialLabel={value.branchLabel} onChange={value.setBranch} disabled={disabled} size="md" w={380} />
        <Switch label={membersText.filters.includeSub} checked={value.includeSub} disabled={disabled || !value.branchId} onChange={(event) => value.setIncludeSub(event.currentTarget.checked)} mt={36} />
        <TextInput label={text.year} value={value.yearText} onChange={(event) => value.setYearText(event.currentTarget.value)} error={value.typed && value.year === null ? text.yearInvalid : undefined} disabled={disabled} w={100} />
        {children}
      </Group>
    </Paper>
  );
}
