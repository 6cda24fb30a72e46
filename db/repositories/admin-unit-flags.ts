import { and, asc, eq, inArray, isNull, lte, gte, ne, or, sql, type SQL } from 'drizzle-orm';
import { adminUnitFlags, type AdminUnitFlag, type NewAdminUnitFlag } from '../schema';
import type { AppDb } from '../types';

/** Per-period flags of communes (db/schema/admin-unit-flags.ts). */

export function flagById(db: AppDb, id: string): AdminUnitFlag | undefined {
  return db.select().from(adminUnitFlags).where(eq(adminUnitFlags.id, id)).get();
}

export interface FlagQuery {
  unitCode?: string | undefined;
  /** Only flags valid on this day. */
  asOf?: string | undefined;
}

function flagValidAt(isoDate: string): SQL | undefined {
  return and(lte(adminUnitFlags.validFrom, isoDate), or(isNull(adminUnitFlags.validTo), gte(adminUnitFlags.validTo, isoDate)));
}

export function listFlags(db: AppDb, query: FlagQuery = {}): AdminUnitFlag[] {
  const conditions: (SQL | undefined)[] = [];
  if (query.unitCode) conditions.push(eq(adminUnitFlags.unitCode, query.unitCode));
  if (query.asOf) conditions.push(flagValidAt(query.asOf));
  return db
    .select()
    .from(adminUnitFlags)
    .where(and(...conditions))
    .orderBy(asc(adminUnitFlags.unitCode), asc(adminUnitFlags.validFrom))
    .all();
}

/** Flags of these codes valid on `isoDate`. */
export function flagsValidAt(db: AppDb, codes: readonly string[], isoDate: string): AdminUnitFlag[] {
  if (codes.length === 0) return [];
  return db
    .select()
    .from(adminUnitFlags)
    .where(and(inArray(adminUnitFlags.unitCode, [...codes]), flagValidAt(isoDate)))
    .all();
}

/** Flags of the same code and kind whose period overlaps [from, to], except `exceptId`. */
export function overlappingFlags(db: AppDb, flag: { unitCode: string; kind: string; validFrom: string; validTo: string | null }, exceptId?: string): AdminUnitFlag[] {
  return db
    .select()
    .from(adminUnitFlags)
    .where(
      and(
        eq(adminUnitFlags.unitCode, flag.unitCode),
        eq(adminUnitFlags.kind, flag.kind as AdminUnitFlag['kind']),
        lte(adminUnitFlags.validFrom, flag.validTo ?? '9999-12-31'),
        sql`coalesce(${adminUnitFlags.validTo}, '9999-12-31') >= ${flag.validFrom}`,
        exceptId ? ne(adminUnitFlags.id, exceptId) : undefined,
      ),
    )
    .all();
}

export function insertFlag(db: AppDb, row: NewAdminUnitFlag): AdminUnitFlag {
  return db.insert(adminUnitFlags).values(row).returning().get();
}

export function updateFlag(db: AppDb, id: string, patch: Partial<NewAdminUnitFlag>): AdminUnitFlag {
  return db.update(adminUnitFlags).set(patch).where(eq(adminUnitFlags.id, id)).returning().get();
}

export function deleteFlag(db: AppDb, id: string): void {
  db.delete(adminUnitFlags).where(eq(adminUnitFlags.id, id)).run();
}
