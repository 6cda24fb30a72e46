import { unitByCodeAt } from '../../../db/repositories/admin-units';
import { branchById, childrenOf } from '../../../db/repositories/branches';
import type { Branch } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import type { UnitLevel } from '../../../shared/schemas/organization-kinds';
import { difficultFlagsAt } from '../units/flags';

export const BRANCHES_ENTITY = 'branches';

/** Facts computed from the records, never stored: they follow the units and flags as entered. */
export interface BranchFacts {
  /** Level of the branch's unit on its founding date. */
  unitLevel: UnitLevel | null;
  /** Founded in a commune flagged especially difficult on the founding date. */
  foundedInDifficultCommune: boolean;
}

export function branchFacts(db: AppDb, branch: Pick<Branch, 'unitCode' | 'foundedOn'>): BranchFacts {
  const unit = unitByCodeAt(db, branch.unitCode, branch.foundedOn);
  const level = unit?.level ?? null;
  const difficult = level === 'commune' && difficultFlagsAt(db, branch.unitCode, branch.foundedOn).length > 0;
  return { unitLevel: level, foundedInDifficultCommune: difficult };
}

/** Active on a day: founded by then and not dissolved by then (the dissolution day ends it). */
export function isActiveOn(branch: Pick<Branch, 'foundedOn' | 'dissolvedOn'>, isoDate: string): boolean {
  return branch.foundedOn <= isoDate && (branch.dissolvedOn === null || branch.dissolvedOn > isoDate);
}

export function activeChildrenOn(db: AppDb, id: string, isoDate: string): Branch[] {
  return childrenOf(db, id).filter((child) => isActiveOn(child, isoDate));
}

/** The branch's ancestors, nearest first; stops at a loop (which the rules never let in). */
export function ancestorsOf(db: AppDb, parentId: string | null): Branch[] {
  const chain: Branch[] = [];
  const seen = new Set<string>();
  for (let next = parentId; next !== null && !seen.has(next); ) {
    const parent = branchById(db, next);
    if (!parent) break;
    chain.push(parent);
    seen.add(next);
    next = parent.parentId;
  }
  return chain;
}

/** A branch's own stored details (not its id, keys or timestamps): what the record shows and the audit keeps. */
export function branchDetails(branch: Branch) {
  const { name, kind, parentId, unitCode, unitName, foundedOn, foundingDecisionNo, foundingDecisionDate, dissolvedOn, dissolutionReason } = branch;
  const { leaderName, leaderTitle, phone, email, address, notes } = branch;
  return { name, kind, parentId, unitCode, unitName, foundedOn, foundingDecisionNo, foundingDecisionDate, dissolvedOn, dissolutionReason, leaderName, leaderTitle, phone, email, address, notes };
}

/** The fields the audit trail keeps for a branch (organisational: old and new values). */
export function auditSnapshot(branch: Branch): Record<string, unknown> {
  return branchDetails(branch);
}
