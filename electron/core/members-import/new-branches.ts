import { branchById } from '../../../db/repositories/branches';
import { roleMay } from '../../../shared/permissions';
import { branchFields, emptyBranchDetails, type BranchValues } from '../../../shared/schemas/branches';
import type { BranchChoice } from '../../../shared/schemas/member-list-spec';
import { branchProblems } from '../branches/branch-rules';
import { today, writeNewBranch } from '../branches/branch-service';
import type { HandlerContext } from '../types';

/** A branch the import will create for a name of the file, before the members that name it. */
export interface NewBranch {
  id: string;
  name: string;
  values: BranchValues;
}

type NewChoice = Extract<BranchChoice, { kind: 'new' }>;

/** Whoever imports members needs the right to create branches too (shared/permissions.ts). */
export function mayCreateBranches(context: HandlerContext): boolean {
  return context.session !== null && roleMay(context.session.role, 'branches.create');
}

/**
 * Plans the branch for a file's name: the kind, founding date and parent the user chose, the
 * parent's administrative unit, and every rule `branches.create` applies (its schema and
 * branchProblems). A Vietnamese sentence when it cannot be created.
 */
export function planNewBranch(context: HandlerContext, name: string, choice: NewChoice): NewBranch | { error: string } {
  if (!mayCreateBranches(context)) return { error: 'tài khoản của bạn không được tạo tổ chức Hội mới, hãy ghép tên này với một chi hội có sẵn.' };
  const parent = branchById(context.db, choice.parentId);
  if (!parent) return { error: 'không tìm thấy tổ chức cấp trên đã chọn, hãy chọn lại.' };
  const parsed = branchFields.safeParse({
    name,
    kind: choice.branchKind,
    parentId: parent.id,
    unitCode: parent.unitCode,
    foundedOn: choice.foundedOn,
    foundingDecisionDate: null,
    ...emptyBranchDetails,
  });
  if (!parsed.success) return { error: lowerFirst(parsed.error.issues[0]?.message ?? 'thông tin chưa hợp lệ.') };
  const problem = branchProblems(context.db, parsed.data, today(context))[0];
  if (problem) return { error: lowerFirst(problem.message) };
  return { id: context.newId(), name, values: parsed.data };
}

/** Writes the planned branches (rules checked again, audited as any new branch); returns their ids. */
export function createNewBranches(context: HandlerContext, branches: Iterable<NewBranch>): string[] {
  return [...branches].map((branch) => writeNewBranch(context, branch.values, branch.id).id);
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLocaleLowerCase('vi') + message.slice(1);
}
