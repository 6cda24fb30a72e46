import { branchById, childrenOf } from '../../../db/repositories/branches';
import type { Branch } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import type { BranchDto, BranchListItem } from '../../../shared/schemas/branches';
import { difficultFlagsAt } from '../units/flags';
import { unitPathAt } from '../units/unit-dto';
import { activeChildrenOn, branchDetails, branchFacts } from './branch-facts';

export function toListItem(db: AppDb, branch: Branch, asOf: string, parentName: string | null): BranchListItem {
  return {
    id: branch.id,
    name: branch.name,
    kind: branch.kind,
    parentId: branch.parentId,
    parentName,
    unitCode: branch.unitCode,
    unitName: branch.unitName,
    foundedOn: branch.foundedOn,
    dissolvedOn: branch.dissolvedOn,
    foundedInDifficultCommune: branchFacts(db, branch).foundedInDifficultCommune,
    activeChildren: activeChildrenOn(db, branch.id, asOf).length,
  };
}

export function toBranchDto(db: AppDb, branch: Branch, asOf: string): BranchDto {
  const facts = branchFacts(db, branch);
  const flags = facts.unitLevel === 'commune' ? difficultFlagsAt(db, branch.unitCode, branch.foundedOn) : [];
  return {
    id: branch.id,
    ...branchDetails(branch),
    parentName: branch.parentId ? (branchById(db, branch.parentId)?.name ?? null) : null,
    unitPath: unitPathAt(db, branch.unitCode, branch.foundedOn),
    unitLevel: facts.unitLevel,
    foundedInDifficultCommune: facts.foundedInDifficultCommune,
    difficultFlags: flags.map((flag) => ({ kind: flag.kind, decision: flag.decision, validFrom: flag.validFrom, validTo: flag.validTo })),
    children: childrenOf(db, branch.id).map((child) => ({ id: child.id, name: child.name, kind: child.kind, dissolvedOn: child.dissolvedOn })),
    activeChildren: activeChildrenOn(db, branch.id, asOf).length,
    updatedAt: branch.updatedAt,
  };
}
