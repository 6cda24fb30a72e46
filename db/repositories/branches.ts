import { and, asc, eq, gt, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { branches, type Branch, type NewBranch } from '../schema';
import type { AppDb } from '../types';
import { likePattern } from './admin-unit-versions';

/** The association's branches (db/schema/branches.ts). */

export function branchById(db: AppDb, id: string): Branch | undefined {
  return db.select().from(branches).where(eq(branches.id, id)).get();
}

/** Every branch, Vietnamese order (hundreds of rows at most: trees and checks read them all). */
export function allBranches(db: AppDb): Branch[] {
  return db.select().from(branches).orderBy(asc(branches.sortKey), asc(branches.id)).all();
}

export function childrenOf(db: AppDb, parentId: string): Branch[] {
  return db.select().from(branches).where(eq(branches.parentId, parentId)).orderBy(asc(branches.sortKey), asc(branches.id)).all();
}

/** SQL: the branch is active on `isoDate` (founded by then, not dissolved by then). */
export function activeAt(isoDate: string): SQL {
  const condition = and(lte(branches.foundedOn, isoDate), or(isNull(branches.dissolvedOn), gt(branches.dissolvedOn, isoDate)));
  if (!condition) throw new Error('unreachable: empty condition');
  return condition;
}

export interface BranchQuery {
  /** Folded search text (searchKey), matched against the stored key. */
  key?: string | undefined;
  kind?: string | undefined;
  unitCodes?: readonly string[] | undefined;
  foundedFrom?: string | undefined;
  foundedTo?: string | undefined;
  status: 'all' | 'active' | 'dissolved';
  asOf: string;
}

function conditionsOf(query: BranchQuery): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (query.key) conditions.push(sql`${branches.searchKey} LIKE ${likePattern(query.key)} ESCAPE '\\'`);
  if (query.kind) conditions.push(eq(branches.kind, query.kind as Branch['kind']));
  if (query.unitCodes) conditions.push(inArray(branches.unitCode, [...query.unitCodes]));
  if (query.foundedFrom) conditions.push(gte(branches.foundedOn, query.foundedFrom));
  if (query.foundedTo) conditions.push(lte(branches.foundedOn, query.foundedTo));
  if (query.status === 'active') conditions.push(activeAt(query.asOf));
  if (query.status === 'dissolved') conditions.push(lte(branches.dissolvedOn, query.asOf));
  return conditions;
}

/** The filtered list in Vietnamese order of the name. */
export function queryBranches(db: AppDb, query: BranchQuery): Branch[] {
  return db
    .select()
    .from(branches)
    .where(and(...conditionsOf(query)))
    .orderBy(asc(branches.sortKey), asc(branches.id))
    .all();
}

/** Branches founded between two days, inclusive. */
export function foundedBetween(db: AppDb, from: string, to: string): Branch[] {
  return db
    .select()
    .from(branches)
    .where(and(gte(branches.foundedOn, from), lte(branches.foundedOn, to)))
    .orderBy(asc(branches.foundedOn), asc(branches.sortKey))
    .all();
}

export function branchesActiveAt(db: AppDb, isoDate: string): Branch[] {
  return db.select().from(branches).where(activeAt(isoDate)).all();
}

export function insertBranch(db: AppDb, row: NewBranch): Branch {
  return db.insert(branches).values(row).returning().get();
}

export function updateBranch(db: AppDb, id: string, patch: Partial<NewBranch>): Branch {
  return db.update(branches).set(patch).where(eq(branches.id, id)).returning().get();
}

export function deleteBranch(db: AppDb, id: string): void {
  db.delete(branches).where(eq(branches.id, id)).run();
}
