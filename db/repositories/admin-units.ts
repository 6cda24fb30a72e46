import { and, asc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { assertIsoDate } from '../dates';
import { adminUnits, type AdminUnit } from '../schema';
import type { AppDb } from '../types';

/**
 * Effective-dated administrative units. A version is valid on a date when
 * `valid_from` (null = since before records began) ≤ date ≤ `valid_to` (inclusive; null = still
 * valid). Dates are `YYYY-MM-DD` text, so text comparison is date comparison.
 */

/** SQL condition: the unit version is valid on `isoDate`. */
export function validAt(isoDate: string, table = adminUnits): SQL {
  assertIsoDate(isoDate);
  const condition = and(
    or(isNull(table.validFrom), lte(table.validFrom, isoDate)),
    or(isNull(table.validTo), gte(table.validTo, isoDate)),
  );
  if (condition === undefined) throw new Error('unreachable: empty validity condition');
  return condition;
}

/** Provinces first, then district-level units, then communes. */
const levelRank = sql`CASE ${adminUnits.level} WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END`;

/** Every unit version valid on `isoDate`, by level then Vietnamese sort order. */
export function unitsValidAt(db: AppDb, isoDate: string): AdminUnit[] {
  return db
    .select()
    .from(adminUnits)
    .where(validAt(isoDate))
    .orderBy(levelRank, asc(adminUnits.sortKey), asc(adminUnits.code))
    .all();
}

/** The version of `code` valid on `isoDate`, or undefined. */
export function unitByCodeAt(db: AppDb, code: string, isoDate: string): AdminUnit | undefined {
  return db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), validAt(isoDate)))
    .get();
}

/** The units directly under `parentCode` on `isoDate`, in Vietnamese sort order. */
export function childrenAt(db: AppDb, parentCode: string, isoDate: string): AdminUnit[] {
  return db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.parentCode, parentCode), validAt(isoDate)))
    .orderBy(asc(adminUnits.sortKey), asc(adminUnits.code))
    .all();
}

/** The unit and its ancestors on `isoDate`, starting with the unit itself. */
export function ancestryAt(db: AppDb, code: string, isoDate: string): AdminUnit[] {
  const chain: AdminUnit[] = [];
  let next: string | null = code;
  while (next !== null && chain.length < 10) {
    const unit = unitByCodeAt(db, next, isoDate);
    if (unit === undefined) break;
    chain.push(unit);
    next = unit.parentCode;
  }
  return chain;
}

export interface OverlappingVersions {
  code: string;
  firstId: string;
  secondId: string;
}

/**
 * Pairs of versions of one code whose validity periods overlap (including two open-start
 * versions, which the unique index cannot catch because NULLs are distinct). Should be empty.
 */
export function findOverlappingUnitVersions(db: AppDb): OverlappingVersions[] {
  const other = alias(adminUnits, 'other');
  return db
    .select({ code: adminUnits.code, firstId: adminUnits.id, secondId: other.id })
    .from(adminUnits)
    .innerJoin(other, and(eq(other.code, adminUnits.code), sql`${adminUnits.id} < ${other.id}`))
    .where(
      and(
        sql`coalesce(${adminUnits.validFrom}, '0000-00-00') <= coalesce(${other.validTo}, '9999-12-31')`,
        sql`coalesce(${other.validFrom}, '0000-00-00') <= coalesce(${adminUnits.validTo}, '9999-12-31')`,
      ),
    )
    .all();
}
