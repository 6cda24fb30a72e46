import { unitByCodeAt } from '../../../db/repositories/admin-units';
import { versionsOfCode } from '../../../db/repositories/admin-unit-versions';
import { branchById } from '../../../db/repositories/branches';
import { branchNameOf, memberById } from '../../../db/repositories/members';
import type { Member, NewMember } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import { todayInVietnam } from '../../../shared/format';
import { memberDateProblems, type MemberDto, type MemberStatus, type MemberValues } from '../../../shared/schemas/members';
import type { HandlerContext } from '../types';
import { memberKeys } from './member-keys';

export const MEMBERS_ENTITY = 'members';

export function today(context: HandlerContext): string {
  return todayInVietnam(context.now());
}

export function requireMember(context: HandlerContext, id: string): Member {
  const member = memberById(context.db, id);
  if (!member) throw new AppError('NOT_FOUND', 'Không tìm thấy hội viên này; có thể hồ sơ đã bị xóa hẳn.');
  return member;
}

export function refuseProblems(problems: { path: string; message: string }[]): void {
  if (problems.length > 0) throw new AppError('VALIDATION', problems[0]?.message ?? '', problems);
}

/** The unit's name on `day` (or its latest name), or a validation problem. */
function unitNameOf(context: HandlerContext, code: string | null, day: string): string {
  if (code === null) return '';
  const unit = unitByCodeAt(context.db, code, day) ?? versionsOfCode(context.db, code).at(-1);
  if (!unit) refuseProblems([{ path: 'unitCode', message: `Không có đơn vị hành chính mã ${code}. Hãy chọn trong danh sách.` }]);
  return unit?.name ?? '';
}

/**
 * Checks what the schema cannot (today, references) and computes the stored fields and keys.
 * `existingBranches`: ids the caller has just seen in this transaction (a bulk import), not looked up again.
 */
export function storedFields(
  context: HandlerContext,
  values: MemberValues,
  existingBranches?: ReadonlySet<string>,
): { row: Omit<NewMember, 'id' | 'createdAt' | 'updatedAt'>; words: string[] } {
  const day = today(context);
  refuseProblems(memberDateProblems(values, day));
  if (!existingBranches?.has(values.branchId) && !branchById(context.db, values.branchId)) refuseProblems([{ path: 'branchId', message: 'Chi hội đã chọn không còn trong danh sách. Hãy chọn lại.' }]);
  const unitName = unitNameOf(context, values.unitCode, day);
  const { words, ...keys } = memberKeys(values);
  return { row: { ...values, ...keys, unitName }, words };
}

export function statusOf(member: Pick<Member, 'deletedAt' | 'joinedOn' | 'leftOn'>, day: string): MemberStatus {
  if (member.deletedAt !== null) return 'deleted';
  return member.leftOn !== null && member.leftOn <= day ? 'left' : 'active';
}

/** A copy of `value` without the given keys. */
export function withoutKeys<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const dropped = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(value).filter(([key]) => !dropped.has(key))) as Omit<T, K>;
}

const STORED_KEYS = ['nameKey', 'sortTen', 'sortHo', 'searchWords', 'phoneKey', 'cardKey', 'birthYear', 'createdAt'] as const;

export function toMemberDto(context: HandlerContext, member: Member): MemberDto {
  return { ...withoutKeys(member, STORED_KEYS), branchName: branchNameOf(context.db, member.branchId), status: statusOf(member, today(context)) };
}

/** What the audit trail may keep of a member: field names only (members are people). */
export function auditFields(member: Member | undefined): Record<string, unknown> {
  if (!member) return {};
  return withoutKeys(member, [...STORED_KEYS, 'id', 'updatedAt']);
}
