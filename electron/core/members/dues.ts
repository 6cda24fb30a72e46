import {
  arrearsCount, arrearsRows, deleteDues, duesById, duesOfMember, duesOfYear, duesSheetCounts, duesSheetRows, duesTotals, insertDues, insertDuesRows, membersForDues, paidInYear, unpaidOfSheet, updateDues, type MemberForDues,
} from '../../../db/repositories/member-dues';
import type { MemberDues } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { DuesDto, DuesSheetRow, DuesSkipped } from '../../../shared/schemas/member-activity';
import { actor } from '../accounts/account-dto';
import type { HandlerContext } from '../types';
import { firstPageAnswer, versionedCache } from './list-cache';
import { MEMBERS_ENTITY, refuseProblems, requireMember, today, withoutKeys } from './member-facts';
import { branchWithDescendants } from './member-list';

export const DUES_ENTITY = 'member_dues';

function toDto(row: MemberDues): DuesDto {
  return withoutKeys(row, ['createdAt', 'updatedAt']);
}

const AUDIT_FIELDS = { fields: ['amount', 'paidOn', 'year'] };

function audit(context: HandlerContext, action: string, id: string): void {
  context.audit.record({ action, entity: DUES_ENTITY, recordId: id, detail: AUDIT_FIELDS, ...actor(context) });
}

function checkPaidOn(context: HandlerContext, paidOn: string): void {
  if (paidOn > today(context)) refuseProblems([{ path: 'paidOn', message: `Ngày nộp ${formatDate(paidOn)} chưa đến: không được sau hôm nay.` }]);
}

function requireLiveMember(context: HandlerContext, memberId: string) {
  const member = requireMember(context, memberId);
  if (member.deletedAt !== null) throw new AppError('CONFLICT', `Hồ sơ "${member.fullName}" đã bị xóa. Hãy khôi phục trước.`);
  return member;
}

export interface DuesInput {
  id?: string | undefined;
  memberId: string;
  year: number;
  amount: number;
  paidOn: string;
  notes: string;
}

/** Records the dues of one member for one year (one payment per year), or changes it. */
export function saveDues(context: HandlerContext, input: DuesInput): DuesDto {
  const now = context.now().toISOString();
  const { id, ...values } = input;
  const saved = context.transaction(() => {
    const member = requireLiveMember(context, values.memberId);
    checkPaidOn(context, values.paidOn);
    const existing = duesOfYear(context.db, values.memberId, values.year);
    if (existing && existing.id !== id) {
      throw new AppError('CONFLICT', `${member.fullName} đã nộp hội phí năm ${values.year} (ngày ${formatDate(existing.paidOn)}). Hãy sửa khoản đã ghi.`);
    }
    const row = id ? updateDues(context.db, id, { ...values, updatedAt: now }) : insertDues(context.db, { id: context.newId(), ...values, createdAt: now, updatedAt: now });
    audit(context, 'write', row.id);
    return row;
  });
  context.changed(MEMBERS_ENTITY, [values.memberId]);
  return toDto(saved);
}

export function removeDues(context: HandlerContext, id: string): { id: string; deleted: true } {
  const memberId = context.transaction(() => {
    const before = duesById(context.db, id);
    if (!before) throw new AppError('NOT_FOUND', 'Không tìm thấy khoản hội phí này.');
    deleteDues(context.db, id);
    audit(context, 'delete', id);
    return before.memberId;
  });
  context.changed(MEMBERS_ENTITY, [memberId]);
  return { id, deleted: true };
}

export function memberDues(context: HandlerContext, memberId: string): DuesDto[] {
  requireMember(context, memberId);
  return duesOfMember(context.db, memberId).map(toDto);
}

interface SheetOf {
  branchId: string;
  year: number;
  includeSubBranches: boolean;
}

const sheetBranches = (context: HandlerContext, input: SheetOf) => (input.includeSubBranches ? branchWithDescendants(context.db, input.branchId) : [input.branchId]);

/** The counts of a sheet or of the arrears, counted for the first page and reused by the next ones (list-cache.ts). */
const sheetCounts = versionedCache<{ total: number; unpaid: number }>(20);
const arrearsTotals = versionedCache<number>(20);

/** A page of the grid "collect dues for a branch for a year", with the sheet's counts. */
export function duesSheetOf(context: HandlerContext, input: SheetOf & { offset: number; limit: number }): { year: number; total: number; unpaid: number; rows: DuesSheetRow[] } {
  const branchIds = sheetBranches(context, input);
  const key = { branchId: input.branchId, sub: input.includeSubBranches, year: input.year };
  const counts = firstPageAnswer(sheetCounts, context.sqlite, key, input.offset, () => duesSheetCounts(context.db, branchIds, input.year));
  const rows = duesSheetRows(context.db, branchIds, input.year, input);
  return { year: input.year, ...counts, rows: rows.map(({ dues, ...row }) => ({ ...row, paid: dues ? toDto(dues) : null })) };
}

export function unpaidOf(context: HandlerContext, input: SheetOf): { year: number; memberIds: string[] } {
  return { year: input.year, memberIds: unpaidOfSheet(context.db, sheetBranches(context, input), input.year) };
}

interface CollectInput {
  year: number;
  paidOn: string;
  entries: { memberId: string; amount: number }[];
}

const duringYear = (member: MemberForDues, year: number) => member.joinedOn <= `${year}-12-31` && (member.leftOn === null || member.leftOn >= `${year}-01-01`);

/**
 * The ticked members not to write: deleted or purged since they were ticked, or no longer members
 * during the year (the sheet no longer shows them, so their ticks could not be taken back).
 */
function skippedOf(context: HandlerContext, ids: readonly string[], year: number): DuesSkipped[] {
  const found = membersForDues(context.db, ids);
  const skipped: DuesSkipped[] = [];
  for (const memberId of new Set(ids)) {
    const member = found.get(memberId);
    if (!member || member.deletedAt !== null) skipped.push({ memberId, fullName: member?.fullName ?? null, reason: 'deleted' });
    else if (!duringYear(member, year)) skipped.push({ memberId, fullName: member.fullName, reason: 'notDuringYear' });
  }
  return skipped;
}

/**
 * The bulk entry: every ticked member pays their amount for `year` on `paidOn`; those already
 * paid are left alone, and those deleted or outside the year are skipped and named. One call is
 * one transaction of at most DUES_COLLECT_MAX entries (the renderer saves a bigger grid in
 * batches) with one audit write; members and existing dues are read per 500, not per row.
 */
export function collectDues(context: HandlerContext, input: CollectInput) {
  const now = context.now().toISOString();
  const ids = input.entries.map((entry) => entry.memberId);
  const result = context.transaction(() => {
    checkPaidOn(context, input.paidOn);
    const skipped = skippedOf(context, ids, input.year);
    const skippedIds = new Set(skipped.map((member) => member.memberId));
    const done = new Set([...paidInYear(context.db, ids, input.year), ...skippedIds]);
    const rows = [];
    for (const entry of input.entries) {
      if (done.has(entry.memberId)) continue;
      done.add(entry.memberId);
      rows.push({ id: context.newId(), memberId: entry.memberId, year: input.year, amount: entry.amount, paidOn: input.paidOn, notes: '', createdAt: now, updatedAt: now });
    }
    insertDuesRows(context.db, rows);
    context.audit.recordMany(rows.map((row) => ({ action: 'write', entity: DUES_ENTITY, recordId: row.id, detail: AUDIT_FIELDS, ...actor(context) })));
    const skippedEntries = ids.filter((id) => skippedIds.has(id)).length;
    return { saved: rows.length, alreadyPaid: ids.length - rows.length - skippedEntries, skipped };
  });
  context.changed(MEMBERS_ENTITY, ids);
  return result;
}

export function arrearsOf(context: HandlerContext, input: { year: number; branchId?: string | undefined; includeSubBranches: boolean; offset: number; limit: number }) {
  const branchIds = input.branchId ? (input.includeSubBranches ? branchWithDescendants(context.db, input.branchId) : [input.branchId]) : undefined;
  const total = firstPageAnswer(arrearsTotals, context.sqlite, { branchId: input.branchId ?? null, sub: input.includeSubBranches, year: input.year }, input.offset, () => arrearsCount(context.db, input.year, branchIds));
  return { year: input.year, total, items: arrearsRows(context.db, input.year, branchIds, input) };
}

export function duesTotalsOf(context: HandlerContext, year: number) {
  return { year, ...duesTotals(context.db, year) };
}
