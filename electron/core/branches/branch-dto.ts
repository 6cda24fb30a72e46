import { branchById, childrenOf } from '../../../db/repositories/branches';
import type { Branch } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import type { BranchDto, BranchListItem } from '../../../shared/schemas/branches';
import { difficultFlagsAt } from '../units/flags';
import { unitPathAt } from '../units/unit-dto';
import { activeChildrenOn, branchFacts } from './branch-facts';

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
    name: branch.name,
    kind: branch.kind,
    parentId: branch.parentId,
    parentName: branch.parentId ? (branchById(db, branch.parentId)?.name ?? null) : null,
    unitCode: branch.unitCode,
    unitName: branch.unitName,
    unitPath: unitPathAt(db, branch.unitCode, branch.foundedOn),
    unitLevel: facts.unitLevel,
    foundedOn: branch.foundedOn,
    foundingDecisionNo: branch.foundingDecisionNo,
    foundingDecisionDate: branch.foundingDecisionDate,
    dissolvedOn: branch.dissolvedOn,
    dissolutionReason: branch.dissolutionReason,
    leaderName: branch.leaderName,
    leaderTitle: branch.leaderTitle,
    phone: branch.phone,
    email: branch.email,
    address: branch.address,
    notes: branch.notes,
    foundedInDifficultCommune: facts.foundedInDifficultCommune,
    difficultFlags: flags.map((flag) => ({ kind: flag.kind, decision: flag.decision, validFrom: flag.validFrom, validTo: flag.validTo })),
    children: childrenOf(db, branch.id).map((child) => ({ id: child.id, name: child.name, kind: child.kind, dissolvedOn: child.dissolvedOn })),
    activeChildren: activeChildrenOn(db, branch.id, asOf).length,
    updatedAt: branch.updatedAt,
  };
}
