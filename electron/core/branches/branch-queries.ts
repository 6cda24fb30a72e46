import { codeWithDescendants } from '../../../db/repositories/admin-unit-versions';
import { allBranches, queryBranches } from '../../../db/repositories/branches';
import { activeCountsByBranch } from '../../../db/repositories/member-tallies';
import { auditRowsOfRecord } from '../../../db/repositories/record-history';
import type { Branch } from '../../../db/schema';
import { searchKey } from '../../../shared/format';
import type { BranchFilter, BranchListItem, BranchTreeNode, HistoryEntry } from '../../../shared/schemas/branches';
import type { HandlerContext } from '../types';
import { BRANCHES_ENTITY, isActiveOn } from './branch-facts';
import { toListItem } from './branch-dto';
import { today } from './branch-service';

export type ParsedFilter = Omit<BranchFilter, 'status'> & { status: 'all' | 'active' | 'dissolved' };

/** The filtered branches in Vietnamese order; the search runs in SQL over the stored keys. */
export function filteredBranches(context: HandlerContext, filter: ParsedFilter): { asOf: string; rows: Branch[] } {
  const asOf = filter.asOf ?? today(context);
  const key = searchKey(filter.query ?? '');
  const rows = queryBranches(context.db, {
    key: key === '' ? undefined : key,
    kind: filter.kind,
    unitCodes: filter.unitCode ? codeWithDescendants(context.db, filter.unitCode) : undefined,
    foundedFrom: filter.foundedFrom,
    foundedTo: filter.foundedTo,
    status: filter.status,
    asOf,
  });
  return { asOf, rows };
}

export function listBranches(context: HandlerContext, filter: ParsedFilter): { asOf: string; items: BranchListItem[]; total: number } {
  const { asOf, rows } = filteredBranches(context, filter);
  const names = new Map(allBranches(context.db).map((branch) => [branch.id, branch.name]));
  const items = rows.map((row) => toListItem(context.db, row, asOf, row.parentId ? (names.get(row.parentId) ?? null) : null));
  return { asOf, items, total: items.length };
}

/** Every branch with the number of active sub-branches, direct and at all levels below. */
export function branchTree(context: HandlerContext, asOfInput: string | undefined): { asOf: string; nodes: BranchTreeNode[]; totals: { active: number; dissolved: number } } {
  const asOf = asOfInput ?? today(context);
  const branches = allBranches(context.db);
  const names = new Map(branches.map((branch) => [branch.id, branch.name]));
  const children = new Map<string, Branch[]>();
  for (const branch of branches) if (branch.parentId) children.set(branch.parentId, [...(children.get(branch.parentId) ?? []), branch]);
  const countBelow = (id: string, seen: Set<string>): number =>
    (children.get(id) ?? []).reduce((sum, child) => {
      if (seen.has(child.id)) return sum;
      seen.add(child.id);
      return sum + (isActiveOn(child, asOf) ? 1 : 0) + countBelow(child.id, seen);
    }, 0);
  const memberCounts = activeCountsByBranch(context.db, asOf);
  const membersBelow = (id: string, seen: Set<string>): number =>
    (children.get(id) ?? []).reduce((sum, child) => (seen.has(child.id) ? sum : (seen.add(child.id), sum + (memberCounts.get(child.id) ?? 0) + membersBelow(child.id, seen))), 0);
  const nodes = branches.map((branch) => ({
    ...toListItem(context.db, branch, asOf, branch.parentId ? (names.get(branch.parentId) ?? null) : null),
    activeDescendants: countBelow(branch.id, new Set([branch.id])),
    members: memberCounts.get(branch.id) ?? 0,
    membersWithSub: (memberCounts.get(branch.id) ?? 0) + membersBelow(branch.id, new Set([branch.id])),
  }));
  const active = branches.filter((branch) => isActiveOn(branch, asOf)).length;
  const dissolved = branches.filter((branch) => branch.dissolvedOn !== null && branch.dissolvedOn <= asOf).length;
  return { asOf, nodes, totals: { active, dissolved } };
}

function changesOf(detail: string | null): HistoryEntry['changes'] {
  try {
    const parsed = JSON.parse(detail ?? '{}') as { changes?: Record<string, { old: unknown; new: unknown }> };
    return Object.entries(parsed.changes ?? {}).map(([field, change]) => ({ field, old: change.old, new: change.new }));
  } catch {
    return [];
  }
}

/** The branch's audit rows, oldest first, with old and new values. */
export function branchHistory(context: HandlerContext, id: string): HistoryEntry[] {
  return auditRowsOfRecord(context.db, BRANCHES_ENTITY, id).map((row) => {
    return { seq: row.seq, at: row.createdAt, accountName: row.accountName, method: row.method, changes: changesOf(row.detail) };
  });
}
