import { ancestryAt, unitByCodeAt } from '../../../db/repositories/admin-units';
import { versionsOfCode } from '../../../db/repositories/admin-unit-versions';
import type { AdminUnit } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import type { UnitDto } from '../../../shared/schemas/units';

export const UNITS_ENTITY = 'units';
/** Branches' computed facts (level, the difficult-commune flag) follow units and flags: refresh them too. */
export const FACTS_OF_BRANCHES = 'branches';
/** Audit entity of unit versions, flags and mappings: organisational, old and new values kept. */
export const UNITS_AUDIT_ENTITY = 'admin_units';

export function toUnitDto(unit: AdminUnit): UnitDto {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    level: unit.level,
    parentCode: unit.parentCode,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    decision: unit.decision,
  };
}

/** "Xã Tân An, Huyện Yên Dũng, Tỉnh Bắc Giang" on `isoDate`; the code alone when unknown that day. */
export function unitPathAt(db: AppDb, code: string, isoDate: string): string {
  const chain = ancestryAt(db, code, isoDate);
  return chain.length === 0 ? code : chain.map((unit) => unit.name).join(', ');
}

/** The day before an ISO date. */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** True when a version is valid on `isoDate` (open ends included). */
export function coversDate(unit: Pick<AdminUnit, 'validFrom' | 'validTo'>, isoDate: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= isoDate) && (unit.validTo === null || unit.validTo >= isoDate);
}

/** The name of a code on a date, else its latest recorded name, else the code itself. */
export function unitNameAt(db: AppDb, code: string, isoDate: string): string {
  const unit = unitByCodeAt(db, code, isoDate);
  if (unit) return unit.name;
  return versionsOfCode(db, code).at(-1)?.name ?? code;
}
