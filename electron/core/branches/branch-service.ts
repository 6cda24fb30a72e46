import { unitByCodeAt } from '../../../db/repositories/admin-units';
import { branchById, childrenOf, deleteBranch, insertBranch, updateBranch } from '../../../db/repositories/branches';
import { positionCountOfBranch } from '../../../db/repositories/member-positions';
import { memberCountOfBranch } from '../../../db/repositories/members';
import type { Branch, NewBranch } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import { searchKey, sortKey, todayInVietnam } from '../../../shared/format';
import type { BranchDto, BranchValues } from '../../../shared/schemas/branches';
import { actor } from '../accounts/account-dto';
import { describeChange } from '../audit/changes';
import type { HandlerContext } from '../types';
import { auditSnapshot, BRANCHES_ENTITY } from './branch-facts';
import { toBranchDto } from './branch-dto';
import { branchProblems } from './branch-rules';

/** Stored fields of a branch from the values typed: unit name snapshot on the founding date, keys. */
export function storedFields(context: HandlerContext, values: BranchValues): Omit<NewBranch, 'id' | 'createdAt' | 'updatedAt'> {
  const unitName = unitByCodeAt(context.db, values.unitCode, values.foundedOn)?.name ?? values.unitCode;
  return { ...values, unitName, searchKey: searchKey(`${values.name} ${unitName}`), sortKey: sortKey(values.name) };
}

export function requireBranch(context: HandlerContext, id: string): Branch {
  const branch = branchById(context.db, id);
  if (!branch) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ chức này; có thể nó vừa bị xóa.');
  return branch;
}

export function today(context: HandlerContext): string {
  return todayInVietnam(context.now());
}

export function refuseProblems(problems: { path: string; message: string }[]): void {
  if (problems.length > 0) throw new AppError('VALIDATION', problems[0]?.message ?? '', problems);
}

/** Audit row for one branch write; old and new values (organisational record). */
export function recordBranch(context: HandlerContext, action: string, before: Branch | undefined, after: Branch | null, id: string): void {
  const old = before ? auditSnapshot(before) : undefined;
  const next = after ? auditSnapshot(after) : Object.fromEntries(Object.keys(old ?? {}).map((field) => [field, null]));
  const detail = describeChange(BRANCHES_ENTITY, old, next);
  context.audit.record({ action, entity: BRANCHES_ENTITY, recordId: id, detail, ...actor(context) });
}

/**
 * A new branch under the branch rules, with its audit row; the caller holds the transaction and
 * announces the change (branches.create, and the members import creating a branch for a name).
 */
export function writeNewBranch(context: HandlerContext, values: BranchValues, id: string = context.newId()): Branch {
  refuseProblems(branchProblems(context.db, values, today(context)));
  const now = context.now().toISOString();
  const row = insertBranch(context.db, { id, ...storedFields(context, values), createdAt: now, updatedAt: now });
  recordBranch(context, 'write', undefined, row, row.id);
  return row;
}

export function createBranch(context: HandlerContext, values: BranchValues): BranchDto {
  const saved = context.transaction(() => writeNewBranch(context, values));
  context.changed(BRANCHES_ENTITY, [saved.id]);
  return toBranchDto(context.db, saved, today(context));
}

export function editBranch(context: HandlerContext, id: string, values: BranchValues): BranchDto {
  const now = context.now().toISOString();
  const saved = context.transaction(() => {
    const before = requireBranch(context, id);
    refuseProblems(branchProblems(context.db, values, today(context), id));
    const row = updateBranch(context.db, id, { ...storedFields(context, values), updatedAt: now });
    recordBranch(context, 'write', before, row, id);
    return row;
  });
  context.changed(BRANCHES_ENTITY, [id]);
  return toBranchDto(context.db, saved, today(context));
}

export function restoreBranch(context: HandlerContext, id: string): BranchDto {
  const saved = context.transaction(() => {
    const before = requireBranch(context, id);
    if (before.dissolvedOn === null) throw new AppError('CONFLICT', `"${before.name}" đang hoạt động, không cần khôi phục.`);
    const parent = before.parentId ? branchById(context.db, before.parentId) : undefined;
    if (parent?.dissolvedOn) {
      throw new AppError('CONFLICT', `Tổ chức cấp trên "${parent.name}" đã giải thể. Hãy khôi phục tổ chức cấp trên trước, hoặc sửa "Trực thuộc" của tổ chức này.`);
    }
    const row = updateBranch(context.db, id, { dissolvedOn: null, dissolutionReason: '', updatedAt: context.now().toISOString() });
    recordBranch(context, 'write', before, row, id);
    return row;
  });
  context.changed(BRANCHES_ENTITY, [id]);
  return toBranchDto(context.db, saved, today(context));
}

export function removeBranch(context: HandlerContext, id: string): { id: string; deleted: true } {
  context.transaction(() => {
    const before = requireBranch(context, id);
    const children = childrenOf(context.db, id);
    const memberCount = memberCountOfBranch(context.db, id);
    if (memberCount > 0) {
      throw new AppError('CONFLICT', `Không xóa được "${before.name}": còn ${memberCount} hội viên thuộc tổ chức này. Hãy chuyển các hội viên sang tổ chức khác trước.`);
    }
    const positionCount = positionCountOfBranch(context.db, id);
    if (positionCount > 0) {
      throw new AppError('CONFLICT', `Không xóa được "${before.name}": có ${positionCount} chức vụ của hội viên ghi tại tổ chức này. Hãy giải thể tổ chức thay vì xóa, để giữ lịch sử chức vụ.`);
    }
    if (children.length > 0) {
      throw new AppError('CONFLICT', `Không xóa được "${before.name}": còn ${children.length} tổ chức trực thuộc. Hãy chuyển hoặc xóa các tổ chức đó trước.`);
    }
    deleteBranch(context.db, id);
    recordBranch(context, 'delete', before, null, id);
  });
  context.changed(BRANCHES_ENTITY, [id]);
  return { id, deleted: true };
}
