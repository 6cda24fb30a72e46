import { and, asc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import { branches, members } from '../schema';
import type { AppDb } from '../types';

/** Figures the reports quote about members (issue 6, item 7). */

const joinedBetween = (from: string, to: string) => and(isNull(members.deletedAt), gte(members.joinedOn, from), lte(members.joinedOn, to));
const count = sql<number>`count(*)`;

export function newMembersByBranch(db: AppDb, from: string, to: string) {
  return db
    .select({ branchId: branches.id, branchName: branches.name, count })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .where(joinedBetween(from, to))
    .groupBy(branches.id)
    .orderBy(asc(branches.sortKey))
    .all();
}

/** By the unit recorded with the member's address (its name as recorded). */
export function newMembersByUnit(db: AppDb, from: string, to: string) {
  return db
    .select({ unitCode: members.unitCode, unitName: sql<string>`max(${members.unitName})`, count })
    .from(members)
    .where(joinedBetween(from, to))
    .groupBy(members.unitCode)
    .orderBy(asc(members.unitCode))
    .all();
}

export function newMembersByGender(db: AppDb, from: string, to: string) {
  return db.select({ gender: members.gender, count }).from(members).where(joinedBetween(from, to)).groupBy(members.gender).orderBy(asc(members.gender)).all();
}

export function newMembersByEthnicity(db: AppDb, from: string, to: string) {
  return db
    .select({ ethnicity: members.ethnicity, count })
    .from(members)
    .where(joinedBetween(from, to))
    .groupBy(members.ethnicity)
    .orderBy(asc(members.ethnicity))
    .all();
}
