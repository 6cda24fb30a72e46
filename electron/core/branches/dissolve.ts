import { childrenOf, updateBranch } from '../../../db/repositories/branches';
import type { Branch } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import { AppError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { BranchDto } from '../../../shared/schemas/branches';
import type { HandlerContext } from '../types';
import { BRANCHES_ENTITY, isActiveOn } from './branch-facts';
import { toBranchDto } from './branch-dto';
import { recordBranch, requireBranch, today } from './branch-service';

export interface DissolveRequest {
  id: string;
  dissolvedOn: string;
  reason: string;
  /** 'dissolve': the active sub-branches (all levels) end the same day; 'moveUp': they move to this branch's parent. */
  subBranches?: 'dissolve' | 'moveUp' | undefined;
}

/** Sub-branches active on the day, all levels below, nearest first. */
function activeDescendants(db: AppDb, id: string, isoDate: string): Branch[] {
  const found: Branch[] = [];
  const queue = [id];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    for (const child of childrenOf(db, next)) {
      if (!isActiveOn(child, isoDate) || found.some((branch) => branch.id === child.id)) continue;
      found.push(child);
      queue.push(child.id);
    }
  }
  return found;
}

function checkDates(branch: Branch, request: DissolveRequest, todayIso: string): void {
  if (branch.dissolvedOn) throw new AppError('CONFLICT', `"${branch.name}" đã giải thể ngày ${formatDate(branch.dissolvedOn)}.`);
  if (request.dissolvedOn < branch.foundedOn) {
    throw new AppError('VALIDATION', `Ngày giải thể phải từ ngày thành lập (${formatDate(branch.foundedOn)}) trở đi.`, [
      { path: 'dissolvedOn', message: `Ngày giải thể phải từ ngày thành lập (${formatDate(branch.foundedOn)}) trở đi.` },
    ]);
  }
  if (request.dissolvedOn > todayIso) {
    const message = `Ngày giải thể không được sau hôm nay (${formatDate(todayIso)}).`;
    throw new AppError('VALIDATION', message, [{ path: 'dissolvedOn', message }]);
  }
}

function askAboutSubBranches(branch: Branch, active: Branch[], parentName: string): AppError {
  const names = active.slice(0, 5).map((child) => `"${child.name}"`).join(', ');
  const more = active.length > 5 ? ` và ${active.length - 5} tổ chức khác` : '';
  return new AppError(
    'CONFLICT',
    `"${branch.name}" còn ${active.length} tổ chức trực thuộc đang hoạt động: ${names}${more}. Hãy chọn giải thể cùng, hoặc chuyển các tổ chức này lên trực thuộc ${parentName}.`,
  );
}

/** Dissolves a branch; refuses (CONFLICT, nothing written) while active sub-branches remain and no choice was made. */
export function dissolveBranch(context: HandlerContext, request: DissolveRequest): BranchDto {
  const now = context.now().toISOString();
  const ids: string[] = [];
  const saved = context.transaction(() => {
    const branch = requireBranch(context, request.id);
    checkDates(branch, request, today(context));
    const parent = branch.parentId ? requireBranch(context, branch.parentId) : null;
    const descendants = activeDescendants(context.db, branch.id, request.dissolvedOn);
    const direct = descendants.filter((child) => child.parentId === branch.id);
    if (direct.length > 0 && !request.subBranches) throw askAboutSubBranches(branch, direct, parent ? `"${parent.name}"` : 'Hội tỉnh');
    const affected = request.subBranches === 'dissolve' ? descendants : direct;
    for (const child of affected) {
      const patch = request.subBranches === 'dissolve'
        ? { dissolvedOn: request.dissolvedOn, dissolutionReason: `${request.reason} (giải thể cùng "${branch.name}")`, updatedAt: now }
        : { parentId: branch.parentId, updatedAt: now };
      recordBranch(context, 'write', child, updateBranch(context.db, child.id, patch), child.id);
      ids.push(child.id);
    }
    const row = updateBranch(context.db, branch.id, { dissolvedOn: request.dissolvedOn, dissolutionReason: request.reason, updatedAt: now });
    recordBranch(context, 'write', branch, row, branch.id);
    return row;
  });
  context.changed(BRANCHES_ENTITY, [saved.id, ...ids]);
  return toBranchDto(context.db, saved, today(context));
}
