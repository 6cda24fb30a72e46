import { unitsValidAt } from '../../../db/repositories/admin-units';
import { searchUnitVersions, versionsOfCode } from '../../../db/repositories/admin-unit-versions';
import { listMappings } from '../../../db/repositories/admin-unit-mappings';
import type { AdminUnit } from '../../../db/schema';
import { searchKey, todayInVietnam } from '../../../shared/format';
import type { UnitHistory, UnitOption, UnitTree } from '../../../shared/schemas/units';
import type { HandlerContext } from '../types';
import { flagDtos } from './flags';
import { mappingDtos } from './mapping-dto';
import { toUnitDto, unitPathAt } from './unit-dto';

function countLevels(units: readonly AdminUnit[]): UnitTree['counts'] {
  const count = (level: AdminUnit['level']) => units.filter((unit) => unit.level === level).length;
  return { province: count('province'), district: count('district'), commune: count('commune') };
}

/** The units valid on a date; with a query, only the matches and their ancestors. */
export function unitTree(context: HandlerContext, input: { asOf?: string | undefined; query?: string | undefined }): UnitTree {
  const asOf = input.asOf ?? todayInVietnam(context.now());
  const all = unitsValidAt(context.db, asOf);
  const key = searchKey(input.query ?? '');
  if (key === '') return { asOf, units: all.map(toUnitDto), matches: [], counts: countLevels(all) };
  const matches = searchUnitVersions(context.db, { key, asOf, limit: 500 }).map((unit) => unit.code);
  const byCode = new Map(all.map((unit) => [unit.code, unit]));
  const keep = new Set<string>();
  for (const code of matches) {
    for (let next: string | null | undefined = code; next && !keep.has(next); next = byCode.get(next)?.parentCode) keep.add(next);
  }
  const units = all.filter((unit) => keep.has(unit.code));
  return { asOf, units: units.map(toUnitDto), matches: [...new Set(matches)], counts: countLevels(all) };
}

/** Picker search: units valid on `asOf`, or the latest version of every code ever recorded. */
export function searchUnits(context: HandlerContext, input: { query: string; asOf?: string | undefined; levels?: AdminUnit['level'][] | undefined; limit: number }): UnitOption[] {
  const found = searchUnitVersions(context.db, { key: searchKey(input.query), asOf: input.asOf, levels: input.levels, limit: input.limit });
  const latest = new Map<string, AdminUnit>();
  for (const unit of found) {
    const seen = latest.get(unit.code);
    if (!seen || (seen.validTo !== null && (unit.validTo === null || unit.validTo > seen.validTo))) latest.set(unit.code, unit);
  }
  return [...latest.values()].slice(0, input.limit).map((unit) => {
    const day = input.asOf ?? unit.validTo ?? unit.validFrom ?? todayInVietnam(context.now());
    return { ...toUnitDto(unit), path: unitPathAt(context.db, unit.code, day) };
  });
}

export function unitHistory(context: HandlerContext, code: string): UnitHistory {
  const versions = versionsOfCode(context.db, code);
  const mappings = mappingDtos(context.db, listMappings(context.db, code));
  return {
    code,
    versions: versions.map(toUnitDto),
    flags: flagDtos(context.db, { unitCode: code }),
    mappedFrom: mappings.filter((mapping) => mapping.newCode === code),
    mappedTo: mappings.filter((mapping) => mapping.oldCode === code),
  };
}
