import { branchesActiveAt, foundedBetween } from '../../../db/repositories/branches';
import type { Branch } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import type { Figures } from '../../../shared/schemas/branches';
import { BRANCH_KINDS, HOI_AND_CHI_HOI_KINDS, UNIT_LEVELS, type BranchKind } from '../../../shared/schemas/organization-kinds';
import { unitOnDate } from '../units/mapping';
import { branchFacts } from './branch-facts';

/**
 * The figures the reports ask for (plan-2024.md, programme 1), computed from the records:
 * - branches founded in a period by kind and by the level of their unit on the founding date;
 * - of them, those founded in a commune flagged especially difficult on the founding date;
 * - new "Hội, chi hội" at commune level (P1.new_branches) and of them in such communes
 *   (P1.new_branches_dbkk); liaison networks founded (P1.networks); clubs founded;
 * - branches active on a date, by kind.
 */

type Level = Figures['byKindAndLevel'][number]['level'];
const LEVEL_ORDER: readonly Level[] = [...UNIT_LEVELS, 'unknown'];

interface FoundedFact {
  branch: Branch;
  level: Level;
  difficult: boolean;
}

function foundedFacts(db: AppDb, from: string, to: string): FoundedFact[] {
  return foundedBetween(db, from, to).map((branch) => {
    const facts = branchFacts(db, branch);
    return { branch, level: facts.unitLevel ?? 'unknown', difficult: facts.foundedInDifficultCommune };
  });
}

function byKindAndLevel(facts: readonly FoundedFact[]): Figures['byKindAndLevel'] {
  return BRANCH_KINDS.flatMap((kind) =>
    LEVEL_ORDER.flatMap((level) => {
      const matching = facts.filter((fact) => fact.branch.kind === kind && fact.level === level);
      return matching.length === 0 ? [] : [{ kind, level, founded: matching.length, inDifficult: matching.filter((fact) => fact.difficult).length }];
    }),
  );
}

export function branchFigures(db: AppDb, from: string, to: string, asOf: string): Figures {
  const facts = foundedFacts(db, from, to);
  const communeBranches = facts.filter((fact) => HOI_AND_CHI_HOI_KINDS.includes(fact.branch.kind) && fact.level === 'commune');
  const ofKind = (kind: BranchKind) => facts.filter((fact) => fact.branch.kind === kind).length;
  const active = branchesActiveAt(db, asOf);
  return {
    from,
    to,
    asOf,
    byKindAndLevel: byKindAndLevel(facts),
    programmeOne: {
      newCommuneBranches: communeBranches.length,
      newCommuneBranchesInDifficult: communeBranches.filter((fact) => fact.difficult).length,
      networksFounded: ofKind('mang_lien_ket'),
      clubsFounded: ofKind('cau_lac_bo'),
    },
    activeAt: {
      total: active.length,
      byKind: BRANCH_KINDS.map((kind) => ({ kind, count: active.filter((branch) => branch.kind === kind).length })).filter((entry) => entry.count > 0),
    },
  };
}

interface Group {
  unitCode: string | null;
  unitName: string;
  sortKey: string;
  founded: number;
  fromUnits: Map<string, { code: string; name: string; founded: number }>;
}

/** Branches founded in a period, grouped under the units valid on `groupAt` (following the mappings). */
export function foundedByUnitOn(db: AppDb, from: string, to: string, groupAt: string) {
  const groups = new Map<string, Group>();
  for (const branch of foundedBetween(db, from, to)) {
    const target = unitOnDate(db, branch.unitCode, branch.foundedOn, groupAt);
    const key = target?.code ?? '';
    const group = groups.get(key) ?? { unitCode: target?.code ?? null, unitName: target?.name ?? 'Chưa xác định được đơn vị mới', sortKey: target?.sortKey ?? '', founded: 0, fromUnits: new Map() };
    group.founded += 1;
    const source = group.fromUnits.get(branch.unitCode) ?? { code: branch.unitCode, name: branch.unitName, founded: 0 };
    source.founded += 1;
    group.fromUnits.set(branch.unitCode, source);
    groups.set(key, group);
  }
  // Stored sort keys compare by code point; the group of unmapped units comes last.
  const rank = (group: Group) => (group.unitCode === null ? 1 : 0);
  const sorted = [...groups.values()].sort((a, b) => rank(a) - rank(b) || (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return { groupAt, groups: sorted.map((group) => ({ unitCode: group.unitCode, unitName: group.unitName, founded: group.founded, fromUnits: [...group.fromUnits.values()].sort((a, b) => (a.code < b.code ? -1 : 1)) })) };
}
