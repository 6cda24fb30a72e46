import { parseDateVi } from '../../../../shared/format';
import type { BranchFilter, BranchStatus } from '../../../../shared/schemas/branches';
import { BRANCH_KINDS, type BranchKind } from '../../../../shared/schemas/organization-kinds';

/**
 * The list's filters live in the address (?q=…&kind=…), so a record page's "back" and the
 * browser's back button return to the same filtered list (ui.md, Layout).
 */
export interface FilterText {
  q: string;
  kind: BranchKind | null;
  unit: string | null;
  unitLabel: string;
  from: string;
  to: string;
  status: BranchStatus;
}

function kindOf(value: string | null): BranchKind | null {
  return BRANCH_KINDS.find((kind) => kind === value) ?? null;
}

export function filtersFromParams(params: URLSearchParams): FilterText {
  const status = params.get('status');
  return {
    q: params.get('q') ?? '',
    kind: kindOf(params.get('kind')),
    unit: params.get('unit'),
    unitLabel: params.get('unitLabel') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    status: status === 'active' || status === 'dissolved' ? status : 'all',
  };
}

export function paramsFromFilters(filters: FilterText): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.unit) params.set('unit', filters.unit);
  if (filters.unit && filters.unitLabel) params.set('unitLabel', filters.unitLabel);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.status !== 'all') params.set('status', filters.status);
  return params;
}

export function typedDate(text: string): { iso?: string; error?: string } {
  if (text.trim() === '') return {};
  const parsed = parseDateVi(text);
  return parsed.ok && parsed.precision === 'day' ? { iso: parsed.iso } : { error: parsed.ok ? 'Cần ghi đủ ngày, tháng, năm.' : parsed.message };
}

/** The call's filter: only the parts that are filled in and valid. */
export function queryOf(filters: FilterText): BranchFilter {
  const from = typedDate(filters.from).iso;
  const to = typedDate(filters.to).iso;
  return {
    status: filters.status,
    ...(filters.q.trim() ? { query: filters.q } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.unit ? { unitCode: filters.unit } : {}),
    ...(from ? { foundedFrom: from } : {}),
    ...(to ? { foundedTo: to } : {}),
  };
}
