import { arrears, deleteDues, duesById, duesOfMember, duesOfYear, duesSheet, duesTotals, insertDues, updateDues } from '../../../db/repositories/member-dues';
import type { MemberDues } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { DuesDto, DuesSheetRow } from '../../../shared/schemas/member-activity';
import { actor } from '../accounts/account-dto';
import type { HandlerContext } from '../types';
import { MEMBERS_ENTITY, refuseProblems, requireMember, today, withoutKeys } from './member-facts';
import { branchWithDescendants } from './member-list';

export const DUES_ENTITY = 'member_dues';

function toDto(row: MemberDues): DuesDto {
  return withoutKeys(row, ['createdAt', 'updatedAt']);
}

function audit(context: HandlerContext, action: string, id: string): void {
  context.audit.record({ action, entity: DUES_ENTITY, recordId: id, detail: { fields: ['amount', 'paidOn', 'year'] }, ...actor(context) });
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

export function duesSheetOf(context: HandlerContext, branchId: string, year: number, includeSub: boolean): { year: number; rows: DuesSheetRow[] } {
  const branchIds = includeSub ? branchWithDescendants(context.db, branchId) : [branchId];
  const rows = duesSheet(context.db, branchIds, year).map(({ dues, ...row }) => ({ ...row, paid: dues ? toDto(dues) : null }));
  return { year, rows };
}

/** The bulk entry: every ticked member pays `amount` for `year` on `paidOn`; those already paid are left alone. */
export function collectDues(context: HandlerContext, input: { year: number; paidOn: string; entries: { memberId: string; amount: number }[] }) {
  const now = context.now().toISOString();
  const result = context.transaction(() => {
    checkPaidOn(context, input.paidOn);
    let saved = 0;
    let alreadyPaid = 0;
    for (const entry of input.entries) {
      requireLiveMember(context, entry.memberId);
      if (duesOfYear(context.db, entry.memberId, input.year)) {
        alreadyPaid += 1;
        continue;
      }
      const row = insertDues(context.db, { id: context.newId(), memberId: entry.memberId, year: input.year, amount: entry.amount, paidOn: input.paidOn, notes: '', createdAt: now, updatedAt: now });
      audit(context, 'write', row.id);
      saved += 1;
    }
    return { saved, alreadyPaid };
  });
  context.changed(MEMBERS_ENTITY, input.entries.map((entry) => entry.memberId));
  return result;
}

export function arrearsOf(context: HandlerContext, input: { year: number; branchId?: string | undefined; includeSubBranches: boolean; offset: number; limit: number }) {
  const branchIds = input.branchId ? (input.includeSubBranches ? branchWithDescendants(context.db, input.branchId) : [input.branchId]) : undefined;
  return { year: input.year, ...arrears(context.db, input.year, branchIds, input) };
}

export function duesTotalsOf(context: HandlerContext, year: number) {
  return { year, ...duesTotals(context.db, year) };
}
