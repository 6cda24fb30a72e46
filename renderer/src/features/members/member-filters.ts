import { ETHNICITY_CODES, type EthnicityCode } from '../../../../shared/data/ethnicities';
import { parseDateVi } from '../../../../shared/format';
import { POSITIONS, type Position } from '../../../../shared/schemas/member-activity';
import { MEMBER_LIST_STATUSES, type MemberListInput, type MemberListStatus, type MemberOrder } from '../../../../shared/schemas/member-lists';
import { GENDERS, type Gender } from '../../../../shared/schemas/members';

/**
 * The list's filters live in the address (?q=…&branch=…), so a record's "back" and the browser's
 * back button return to the same filtered list (ui.md, Layout).
 */
export interface MemberFilterText {
  q: string;
  branch: string | null;
  branchLabel: string;
  sub: boolean;
  unit: string | null;
  unitLabel: string;
  status: MemberListStatus;
  position: Position | null;
  gender: Gender | null;
  ethnicity: EthnicityCode | null;
  from: string;
  to: string;
  ctv: boolean;
  tnv: boolean;
  order: MemberOrder;
}

const ORDER_KEY = 'sohoi.members.order';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => values.find((each) => each === value) ?? null;

/** The remembered sort order (the setting "họ first"), used when the address has none. */
export function rememberedOrder(): MemberOrder {
  return window.localStorage.getItem(ORDER_KEY) === 'ho-first' ? 'ho-first' : 'ten-first';
}

export function rememberOrder(order: MemberOrder): void {
  window.localStorage.setItem(ORDER_KEY, order);
}

export function filtersFromParams(params: URLSearchParams): MemberFilterText {
  return {
    q: params.get('q') ?? '',
    branch: params.get('branch'),
    branchLabel: params.get('branchLabel') ?? '',
    sub: params.get('sub') !== '0',
    unit: params.get('unit'),
    unitLabel: params.get('unitLabel') ?? '',
    status: oneOf(MEMBER_LIST_STATUSES, params.get('status')) ?? 'active',
    position: oneOf(POSITIONS, params.get('position')),
    gender: oneOf(GENDERS, params.get('gender')),
    ethnicity: oneOf(ETHNICITY_CODES, params.get('ethnicity')),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    ctv: params.get('ctv') === '1',
    tnv: params.get('tnv') === '1',
    order: oneOf(['ten-first', 'ho-first'] as const, params.get('order')) ?? rememberedOrder(),
  };
}

export function paramsFromFilters(filters: MemberFilterText): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null | false) => {
    if (value) params.set(key, value);
  };
  set('q', filters.q);
  set('branch', filters.branch);
  set('branchLabel', filters.branch && filters.branchLabel);
  set('sub', filters.branch && !filters.sub && '0');
  set('unit', filters.unit);
  set('unitLabel', filters.unit && filters.unitLabel);
  set('status', filters.status !== 'active' && filters.status);
  set('position', filters.position);
  set('gender', filters.gender);
  set('ethnicity', filters.ethnicity);
  set('from', filters.from);
  set('to', filters.to);
  set('ctv', filters.ctv && '1');
  set('tnv', filters.tnv && '1');
  set('order', filters.order !== 'ten-first' && filters.order);
  return params;
}

/** A typed date of the filter bar: its ISO value, or the reason it is not one. */
export function typedDate(text: string): { iso?: string; error?: string } {
  if (text.trim() === '') return {};
  const parsed = parseDateVi(text);
  if (!parsed.ok) return { error: parsed.message };
  return { iso: parsed.iso };
}

/** The call's input for the filters (bad dates are left out; the bar shows why). */
export function queryOf(filters: MemberFilterText): Omit<MemberListInput, 'offset' | 'limit'> {
  const from = typedDate(filters.from).iso;
  const to = typedDate(filters.to).iso;
  return {
    ...(filters.q.trim() ? { query: filters.q.trim() } : {}),
    ...(filters.branch ? { branchId: filters.branch, includeSubBranches: filters.sub } : {}),
    ...(filters.unit ? { unitCode: filters.unit } : {}),
    status: filters.status,
    ...(filters.position ? { position: filters.position } : {}),
    ...(filters.gender ? { gender: filters.gender } : {}),
    ...(filters.ethnicity ? { ethnicity: filters.ethnicity } : {}),
    ...(from ? { joinedFrom: from } : {}),
    ...(to ? { joinedTo: to } : {}),
    ...(filters.ctv ? { collaborator: true } : {}),
    ...(filters.tnv ? { volunteer: true } : {}),
    order: filters.order,
  };
}

export function hasFilters(filters: MemberFilterText): boolean {
  return paramsFromFilters({ ...filters, order: 'ten-first' }).size > 0;
}
