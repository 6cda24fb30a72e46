import { unitByCodeAt } from '../../../db/repositories/admin-units';
import { mappingsFromBy } from '../../../db/repositories/admin-unit-mappings';
import type { AdminUnit } from '../../../db/schema';
import type { AppDb } from '../../../db/types';

/** How many reorganisations a unit may go through before we stop following (guards a loop). */
const MAX_STEPS = 10;

/**
 * The unit valid on `targetDate` that a unit recorded on `fromDate` belongs to: itself if its
 * code is still valid then, else the unit the mapping sheets send it to (followed forward, one
 * reorganisation after another). Undefined when no mapping leads to a unit valid that day.
 */
export function unitOnDate(db: AppDb, code: string, fromDate: string, targetDate: string): AdminUnit | undefined {
  let current = code;
  let since = fromDate;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const unit = unitByCodeAt(db, current, targetDate);
    if (unit) return unit;
    const next = mappingsFromBy(db, current, targetDate).find((mapping) => mapping.validFrom > since);
    if (!next) return undefined;
    current = next.newCode;
    since = next.validFrom;
  }
  return undefined;
}
