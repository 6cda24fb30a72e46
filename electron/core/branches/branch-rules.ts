import { unitByCodeAt } from '../../../db/repositories/admin-units';
import { branchById } from '../../../db/repositories/branches';
import type { AppDb } from '../../../db/types';
import type { FieldIssue } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { BranchValues } from '../../../shared/schemas/branches';
import { ancestorsOf } from './branch-facts';

/**
 * The rules a branch must meet, as field issues with Vietnamese messages (empty when it may be
 * saved). `id` is the branch being changed (absent for a new one); `today` is Vietnam's date.
 */
export function branchProblems(db: AppDb, values: BranchValues, today: string, id?: string): FieldIssue[] {
  const problems: FieldIssue[] = [];
  if (values.foundedOn > today) problems.push({ path: 'foundedOn', message: `Ngày thành lập không được sau hôm nay (${formatDate(today)}).` });
  if (values.foundingDecisionDate && values.foundingDecisionDate > today) {
    problems.push({ path: 'foundingDecisionDate', message: `Ngày quyết định không được sau hôm nay (${formatDate(today)}).` });
  }
  if (!unitByCodeAt(db, values.unitCode, values.foundedOn)) {
    problems.push({ path: 'unitCode', message: `Mã đơn vị hành chính ${values.unitCode} không có hiệu lực vào ngày thành lập ${formatDate(values.foundedOn)}. Hãy chọn đơn vị đúng vào ngày đó.` });
  }
  problems.push(...parentProblems(db, values, id));
  if (id) {
    const existing = branchById(db, id);
    if (existing?.dissolvedOn && values.foundedOn > existing.dissolvedOn) {
      problems.push({ path: 'foundedOn', message: `Ngày thành lập phải trước ngày giải thể (${formatDate(existing.dissolvedOn)}).` });
    }
  }
  return problems;
}

function parentProblems(db: AppDb, values: BranchValues, id: string | undefined): FieldIssue[] {
  if (values.parentId === null) return [];
  if (values.parentId === id) return [{ path: 'parentId', message: 'Một tổ chức không thể trực thuộc chính nó.' }];
  const parent = branchById(db, values.parentId);
  if (!parent) return [{ path: 'parentId', message: 'Không tìm thấy tổ chức cấp trên đã chọn.' }];
  if (id) {
    const loop = ancestorsOf(db, parent.parentId).find((ancestor) => ancestor.id === id);
    if (loop || parent.parentId === id) {
      const self = branchById(db, id);
      return [{ path: 'parentId', message: `Không thể chọn "${parent.name}" làm cấp trên: "${parent.name}" đang trực thuộc chính "${self?.name ?? ''}", sẽ tạo thành vòng lặp.` }];
    }
  }
  if (parent.dissolvedOn && parent.dissolvedOn <= values.foundedOn) {
    return [{ path: 'parentId', message: `"${parent.name}" đã giải thể ngày ${formatDate(parent.dissolvedOn)}, trước ngày thành lập của tổ chức này.` }];
  }
  return [];
}
