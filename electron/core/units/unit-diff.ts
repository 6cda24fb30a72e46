import type { AdminUnit, AdminUnitKind } from '../../../db/schema';
import { coversDate, dayBefore } from './unit-dto';

/**
 * A unit list is a snapshot: it says which units exist on its effective date D. Compared with
 * the versions on record (pure, no database):
 * - a code of the file without a version valid on D is added from D (up to the day before a
 *   later version, if one exists — so an older list fills the gap before the seed's versions);
 * - a code whose version valid on D differs (name, kind, level, parent) gets a new version from
 *   D; the old one ends the day before (or is replaced, when it also began on D);
 * - a unit valid on D, in a province of the file, but missing from the file ends the day before D;
 * - versions after D are never touched: lists are best imported in date order.
 */

export interface FileUnit {
  code: string;
  name: string;
  kind: AdminUnitKind;
  level: AdminUnit['level'];
  parentCode: string | null;
}

export type UnitChange =
  | { type: 'add'; unit: FileUnit; validTo: string | null }
  | { type: 'replace'; current: AdminUnit; unit: FileUnit }
  | { type: 'close'; current: AdminUnit };

export interface UnitDiff {
  changes: UnitChange[];
  unchanged: number;
}

export interface DiffInput {
  file: readonly FileUnit[];
  /** Every version of every code of the file. */
  versions: ReadonlyMap<string, readonly AdminUnit[]>;
  /** Every unit valid on the effective date. */
  validOnDate: readonly AdminUnit[];
  date: string;
}

function sameUnit(current: AdminUnit, unit: FileUnit): boolean {
  return current.name === unit.name && current.kind === unit.kind && current.level === unit.level && current.parentCode === unit.parentCode;
}

/** The province a unit valid on the date belongs to (itself for a province). */
function provinceOf(unit: AdminUnit, byCode: ReadonlyMap<string, AdminUnit>): string | null {
  let current: AdminUnit | undefined = unit;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current.parentCode === null) return current.code;
    current = byCode.get(current.parentCode);
  }
  return null;
}

function changeOfFileUnit(unit: FileUnit, versions: readonly AdminUnit[], date: string): UnitChange | null {
  const current = versions.find((version) => coversDate(version, date));
  if (current) return sameUnit(current, unit) ? null : { type: 'replace', current, unit };
  const later = versions.filter((version) => version.validFrom !== null && version.validFrom > date).map((version) => version.validFrom as string);
  const next = later.sort()[0];
  return { type: 'add', unit, validTo: next ? dayBefore(next) : null };
}

export function diffUnits(input: DiffInput): UnitDiff {
  const changes: UnitChange[] = [];
  let unchanged = 0;
  for (const unit of input.file) {
    const change = changeOfFileUnit(unit, input.versions.get(unit.code) ?? [], input.date);
    if (change) changes.push(change);
    else unchanged += 1;
  }
  const inFile = new Set(input.file.map((unit) => unit.code));
  const provinces = new Set(input.file.filter((unit) => unit.level === 'province').map((unit) => unit.code));
  const byCode = new Map(input.validOnDate.map((unit) => [unit.code, unit]));
  for (const current of input.validOnDate) {
    const province = provinceOf(current, byCode);
    if (!inFile.has(current.code) && province !== null && provinces.has(province)) changes.push({ type: 'close', current });
  }
  return { changes, unchanged };
}
