import { findDuplicates, insertMember, purgeMember, updateMember } from '../../../db/repositories/members';
import type { Member } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import { searchKey, joinFullName } from '../../../shared/format';
import type { DuplicateMatch } from '../../../shared/schemas/member-lists';
import type { MemberDto, MemberValues } from '../../../shared/schemas/members';
import { actor } from '../accounts/account-dto';
import { describeChange } from '../audit/changes';
import type { HandlerContext } from '../types';
import { BRANCHES_ENTITY } from '../branches/branch-facts';
import { auditFields, MEMBERS_ENTITY, requireMember, storedFields, toMemberDto } from './member-facts';
import { cardKey, phoneKey } from './member-keys';

/** Writes of the member record: create, update, soft delete and undo, hard delete. */

/** Announces a member write; the branch tree's member counts follow the members. */
function announce(context: HandlerContext, member: Pick<Member, 'id' | 'branchId'>, before?: Pick<Member, 'branchId'>): void {
  context.changed(MEMBERS_ENTITY, [member.id]);
  context.changed(BRANCHES_ENTITY, [...new Set([member.branchId, before?.branchId ?? member.branchId])]);
}

function record(context: HandlerContext, action: string, before: Member | undefined, after: Member | undefined, id: string): void {
  const next = after ? auditFields(after) : Object.fromEntries(Object.keys(auditFields(before)).map((field) => [field, null]));
  const detail = describeChange(MEMBERS_ENTITY, auditFields(before), next);
  context.audit.record({ action, entity: MEMBERS_ENTITY, recordId: id, detail, ...actor(context) });
}

export function createMember(context: HandlerContext, values: MemberValues): MemberDto {
  const now = context.now().toISOString();
  const saved = context.transaction(() => {
    const { row, words } = storedFields(context, values);
    const member = insertMember(context.db, { id: context.newId(), ...row, createdAt: now, updatedAt: now }, words);
    record(context, 'write', undefined, member, member.id);
    return member;
  });
  announce(context, saved);
  return toMemberDto(context, saved);
}

export function editMember(context: HandlerContext, id: string, values: MemberValues): MemberDto {
  const [before, saved] = context.transaction(() => {
    const old = requireMember(context, id);
    if (old.deletedAt !== null) throw new AppError('CONFLICT', `Hồ sơ "${old.fullName}" đã bị xóa. Hãy khôi phục trước khi sửa.`);
    const { row, words } = storedFields(context, values);
    const member = updateMember(context.db, id, { ...row, updatedAt: context.now().toISOString() }, words);
    record(context, 'write', old, member, id);
    return [old, member] as const;
  });
  announce(context, saved, before);
  return toMemberDto(context, saved);
}

/** Soft delete: the record leaves every list and count; `restoreMember` undoes it. */
export function softDeleteMember(context: HandlerContext, id: string): { id: string; fullName: string; deletedAt: string } {
  const now = context.now().toISOString();
  const saved = context.transaction(() => {
    const before = requireMember(context, id);
    if (before.deletedAt !== null) return before;
    const member = updateMember(context.db, id, { deletedAt: now, updatedAt: now });
    record(context, 'delete', before, member, id);
    return member;
  });
  announce(context, saved);
  return { id, fullName: saved.fullName, deletedAt: saved.deletedAt ?? now };
}

export function restoreMember(context: HandlerContext, id: string): MemberDto {
  const saved = context.transaction(() => {
    const before = requireMember(context, id);
    if (before.deletedAt === null) return before;
    const member = updateMember(context.db, id, { deletedAt: null, updatedAt: context.now().toISOString() });
    record(context, 'restore', before, member, id);
    return member;
  });
  announce(context, saved);
  return toMemberDto(context, saved);
}

/** Hard delete, only of a record already in the deleted state (two deliberate steps). */
export function purgeDeletedMember(context: HandlerContext, id: string): { id: string; deleted: true } {
  const purged = context.transaction(() => {
    const before = requireMember(context, id);
    if (before.deletedAt === null) {
      throw new AppError('CONFLICT', `Hãy xóa hồ sơ "${before.fullName}" trước; chỉ hồ sơ đã xóa mới có thể xóa hẳn.`);
    }
    purgeMember(context.db, id);
    record(context, 'purge', before, undefined, id);
    return before;
  });
  announce(context, purged);
  return { id, deleted: true };
}

export interface DuplicateQuestion {
  ho: string;
  dem: string;
  ten: string;
  birthDate: string | null;
  phone: string;
  cardNumber: string;
  excludeId?: string | undefined;
}

export function duplicatesOf(context: HandlerContext, question: DuplicateQuestion): DuplicateMatch[] {
  const probe = {
    nameKey: searchKey(joinFullName(question)),
    birthYear: question.birthDate ? Number(question.birthDate.slice(0, 4)) : null,
    phoneKey: phoneKey(question.phone),
    cardKey: cardKey(question.cardNumber),
    excludeId: question.excludeId,
  };
  return findDuplicates(context.db, probe).map((row) => ({
    id: row.id,
    fullName: row.fullName,
    birthDate: row.birthDate,
    birthPrecision: row.birthPrecision,
    branchName: row.branchName,
    deleted: row.deletedAt !== null,
    reasons: [...(row.sameName ? (['name_birth_year'] as const) : []), ...(row.samePhone ? (['phone'] as const) : []), ...(row.sameCard ? (['card'] as const) : [])],
  }));
}
