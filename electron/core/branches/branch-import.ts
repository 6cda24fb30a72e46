import { allBranches, insertBranch } from '../../../db/repositories/branches';
import type { Branch } from '../../../db/schema';
import { searchKey } from '../../../shared/format';
import type { BranchValues } from '../../../shared/schemas/branches';
import { LIST_SPECS } from '../../../shared/schemas/list-specs';
import { addError, defineImporter, type ParsedRow } from '../lists/importer';
import type { HandlerContext } from '../types';
import { BRANCHES_ENTITY } from './branch-facts';
import { branchProblems } from './branch-rules';
import { recordBranch, storedFields, today } from './branch-service';
import { readBranchRow, resolveUnit, type BranchRow } from './branch-rows';

interface Planned {
  index: number;
  values: BranchValues;
  /** Index of the row of the same file that is this branch's parent. */
  parentRow: number | null;
}

function groupByName<T>(items: readonly T[], name: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(searchKey(name(item)), [...(groups.get(searchKey(name(item))) ?? []), item]);
  return groups;
}

function planRow(context: HandlerContext, row: ParsedRow<BranchRow>, lookups: { existing: Map<string, Branch[]>; file: Map<string, ParsedRow<BranchRow>[]> }): Planned | string[] | { duplicate: string } {
  const { value } = row;
  const unit = resolveUnit(context.db, value);
  if ('error' in unit) return [unit.error];
  let parentId: string | null = null;
  let parentRow: number | null = null;
  if (value.parentName !== '') {
    const key = searchKey(value.parentName);
    const inFile = (lookups.file.get(key) ?? []).filter((other) => other.index !== row.index);
    const known = lookups.existing.get(key) ?? [];
    const total = inFile.length + known.length;
    if (total === 0) return [`Không tìm thấy tổ chức cấp trên "${value.parentName}" trong danh sách hoặc trong tệp.`];
    if (total > 1) return [`Có ${total} tổ chức tên "${value.parentName}": hãy sửa tên cấp trên cho khớp đúng một tổ chức.`];
    parentId = known[0]?.id ?? null;
    parentRow = inFile[0]?.index ?? null;
  }
  const values: BranchValues = {
    name: value.name,
    kind: value.kind,
    parentId,
    unitCode: unit.code,
    foundedOn: value.foundedOn,
    foundingDecisionNo: value.foundingDecisionNo,
    foundingDecisionDate: value.foundingDecisionDate,
    leaderName: value.leaderName,
    leaderTitle: value.leaderTitle,
    phone: value.phone,
    email: value.email,
    address: value.address,
    notes: value.notes,
  };
  const duplicate = (lookups.existing.get(searchKey(value.name)) ?? []).find((branch) => branch.unitCode === unit.code);
  const problems = branchProblems(context.db, values, today(context)).map((problem) => problem.message);
  if (duplicate) {
    const message = `Đã có "${duplicate.name}" tại ${duplicate.unitName}; dòng này trùng nên không nhập lại.`;
    return problems.length === 0 ? { duplicate: message } : [...problems, message];
  }
  return problems.length > 0 ? problems : { index: row.index, values, parentRow };
}

/** Rows whose parent row in the file failed (or that form a loop) fail too; parents come first. */
function orderByParents(planned: Map<number, Planned>, rowNumbers: Map<number, number>, errors: Map<number, string[]>): Planned[] {
  const ordered: Planned[] = [];
  const placed = new Set<number>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const item of planned.values()) {
      if (placed.has(item.index)) continue;
      if (item.parentRow !== null && !placed.has(item.parentRow)) {
        if (planned.has(item.parentRow)) continue;
        addError(errors, item.index, `Tổ chức cấp trên ở dòng ${rowNumbers.get(item.parentRow) ?? ''} có lỗi nên dòng này chưa nhập được.`);
        planned.delete(item.index);
        progress = true;
        continue;
      }
      ordered.push(item);
      placed.add(item.index);
      progress = true;
    }
  }
  for (const item of planned.values()) if (!placed.has(item.index)) addError(errors, item.index, 'Các dòng trong tệp trực thuộc lẫn nhau thành vòng lặp.');
  return ordered;
}

function planBranches(context: HandlerContext, rows: readonly ParsedRow<BranchRow>[]) {
  const errors = new Map<number, string[]>();
  const lookups = { existing: groupByName(allBranches(context.db), (branch) => branch.name), file: groupByName(rows, (row) => row.value.name) };
  const planned = new Map<number, Planned>();
  const duplicates = new Set<number>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = `${searchKey(row.value.name)}|${row.value.unitCode ?? searchKey(row.value.unitName)}`;
    const earlier = seen.get(key);
    const outcome = earlier === undefined ? planRow(context, row, lookups) : { duplicate: `Trùng với dòng ${earlier} của tệp.` };
    seen.set(key, earlier ?? row.rowNumber);
    if (Array.isArray(outcome)) outcome.forEach((message) => addError(errors, row.index, message));
    else if ('duplicate' in outcome) {
      addError(errors, row.index, outcome.duplicate);
      duplicates.add(row.index);
    } else planned.set(row.index, outcome);
  }
  const ordered = orderByParents(planned, new Map(rows.map((row) => [row.index, row.rowNumber])), errors);
  return { errors, summary: [{ label: 'Tổ chức mới', count: ordered.length }], duplicates, plan: ordered };
}

export const branchImporter = defineImporter<object, BranchRow, Planned[]>({
  spec: LIST_SPECS.branches,
  options: () => ({}),
  parseRow: (read) => readBranchRow(read),
  plan: (rows, _options, context) => planBranches(context, rows),
  apply(planned, _options, context) {
    const now = context.now().toISOString();
    const ids = new Map<number, string>();
    for (const item of planned) {
      const parentId = item.parentRow === null ? item.values.parentId : (ids.get(item.parentRow) ?? null);
      const values = { ...item.values, parentId };
      const row = insertBranch(context.db, { id: context.newId(), ...storedFields(context, values), createdAt: now, updatedAt: now });
      recordBranch(context, 'write', undefined, row, row.id);
      ids.set(item.index, row.id);
    }
    return { written: ids.size, summary: [{ label: 'Tổ chức mới', count: ids.size }], changed: [{ entity: BRANCHES_ENTITY, ids: [...ids.values()] }] };
  },
});
