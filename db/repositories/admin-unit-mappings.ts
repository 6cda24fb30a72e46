import { and, asc, eq, lte, or } from 'drizzle-orm';
import { adminUnitMappings, type AdminUnitMapping, type NewAdminUnitMapping } from '../schema';
import type { AppDb } from '../types';

/** Old unit → new unit links of reorganisations (db/schema/admin-unit-mappings.ts). */

export function listMappings(db: AppDb, code?: string): AdminUnitMapping[] {
  const condition = code ? or(eq(adminUnitMappings.oldCode, code), eq(adminUnitMappings.newCode, code)) : undefined;
  return db
    .select()
    .from(adminUnitMappings)
    .where(condition)
    .orderBy(asc(adminUnitMappings.validFrom), asc(adminUnitMappings.newCode), asc(adminUnitMappings.oldCode))
    .all();
}

export function mappingOf(db: AppDb, oldCode: string, validFrom: string): AdminUnitMapping | undefined {
  return db
    .select()
    .from(adminUnitMappings)
    .where(and(eq(adminUnitMappings.oldCode, oldCode), eq(adminUnitMappings.validFrom, validFrom)))
    .get();
}

/** The links out of `oldCode` that take effect on or before `isoDate`, oldest first. */
export function mappingsFromBy(db: AppDb, oldCode: string, isoDate: string): AdminUnitMapping[] {
  return db
    .select()
    .from(adminUnitMappings)
    .where(and(eq(adminUnitMappings.oldCode, oldCode), lte(adminUnitMappings.validFrom, isoDate)))
    .orderBy(asc(adminUnitMappings.validFrom))
    .all();
}

export function insertMapping(db: AppDb, row: NewAdminUnitMapping): AdminUnitMapping {
  return db.insert(adminUnitMappings).values(row).returning().get();
}

export function updateMapping(db: AppDb, id: string, patch: Partial<NewAdminUnitMapping>): AdminUnitMapping {
  return db.update(adminUnitMappings).set(patch).where(eq(adminUnitMappings.id, id)).returning().get();
}
