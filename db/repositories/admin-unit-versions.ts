import { and, asc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { adminUnits, type AdminUnit, type NewAdminUnit } from '../schema';
import type { AppDb } from '../types';
import { validAt } from './admin-units';

/**
 * Reads and writes of unit versions for the import of unit lists and the units screen
 * (electron/core/units). Effective-date rules are in admin-units.ts (`validAt`).
 */

/** Every version of the codes, oldest first (an open start sorts first). */
export function versionsOfCodes(db: AppDb, codes: readonly string[]): AdminUnit[] {
  if (codes.length === 0) return [];
  const rows: AdminUnit[] = [];
  for (let start = 0; start < codes.length; start += 500) {
    const chunk = codes.slice(start, start + 500);
    rows.push(...db.select().from(adminUnits).where(inArray(adminUnits.code, chunk)).all());
  }
  const key = (unit: AdminUnit) => `${unit.code}|${unit.validFrom ?? ''}`;
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function versionsOfCode(db: AppDb, code: string): AdminUnit[] {
  return versionsOfCodes(db, [code]);
}

export function insertUnitVersion(db: AppDb, row: NewAdminUnit): AdminUnit {
  return db.insert(adminUnits).values(row).returning().get();
}

export function updateUnitVersion(db: AppDb, id: string, patch: Partial<NewAdminUnit>): AdminUnit {
  return db.update(adminUnits).set(patch).where(eq(adminUnits.id, id)).returning().get();
}

/** LIKE pattern for a folded query: every word must appear, in order; % and _ taken literally. */
export function likePattern(folded: string): string {
  const escaped = folded.replace(/[\\%_]/g, (char) => `\\${char}`);
  return `%${escaped.split(' ').join('%')}%`;
}

export interface UnitSearch {
  /** Folded query (searchKey). */
  key: string;
  asOf?: string | undefined;
  levels?: readonly string[] | undefined;
  limit: number;
}

/** Units whose folded name matches, valid on `asOf` (or any version), Vietnamese order. */
export function searchUnitVersions(db: AppDb, search: UnitSearch): AdminUnit[] {
  const conditions: (SQL | undefined)[] = [sql`${adminUnits.searchKey} LIKE ${likePattern(search.key)} ESCAPE '\\'`];
  if (/^\d+$/.test(search.key)) conditions[0] = or(conditions[0], like(adminUnits.code, `${search.key}%`));
  if (search.asOf) conditions.push(validAt(search.asOf));
  if (search.levels && search.levels.length > 0) conditions.push(inArray(adminUnits.level, [...search.levels] as AdminUnit['level'][]));
  return db
    .select()
    .from(adminUnits)
    .where(and(...conditions))
    .orderBy(asc(adminUnits.sortKey), asc(adminUnits.code), asc(adminUnits.validFrom))
    .limit(search.limit * 4)
    .all();
}

/** The code and every code ever recorded below it (any version's parent link), itself first. */
export function codeWithDescendants(db: AppDb, code: string): string[] {
  const rows = db.all<{ code: string }>(sql`
    WITH RECURSIVE below(code) AS (
      SELECT ${code}
      UNION
      SELECT u.code FROM admin_units u JOIN below b ON u.parent_code = b.code
    )
    SELECT code FROM below`);
  return rows.map((row) => row.code);
}

/** Versions of `code` at `level` whose period overlaps [from, to] (to null = open). */
export function versionsOverlapping(db: AppDb, code: string, from: string, to: string | null): AdminUnit[] {
  return db
    .select()
    .from(adminUnits)
    .where(
      and(
        eq(adminUnits.code, code),
        sql`coalesce(${adminUnits.validFrom}, '0000-00-00') <= ${to ?? '9999-12-31'}`,
        sql`coalesce(${adminUnits.validTo}, '9999-12-31') >= ${from}`,
      ),
    )
    .orderBy(asc(adminUnits.validFrom))
    .all();
}

export function deleteUnitVersion(db: AppDb, id: string): void {
  db.delete(adminUnits).where(eq(adminUnits.id, id)).run();
}
