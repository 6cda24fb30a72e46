import type { AdminUnitMapping } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import type { MappingDto } from '../../../shared/schemas/units';
import { dayBefore, unitNameAt } from './unit-dto';

/** Mappings with the old unit's name on its last day and the new unit's on its first. */
export function mappingDtos(db: AppDb, rows: readonly AdminUnitMapping[]): MappingDto[] {
  return rows.map((row) => ({
    id: row.id,
    oldCode: row.oldCode,
    oldName: unitNameAt(db, row.oldCode, dayBefore(row.validFrom)),
    newCode: row.newCode,
    newName: unitNameAt(db, row.newCode, row.validFrom),
    validFrom: row.validFrom,
    decision: row.decision,
    decisionDate: row.decisionDate,
  }));
}
