import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { branches, memberPositions, members, type MemberPosition } from '../schema';
import type { AppDb } from '../types';

/** Positions held by members, with their terms (db/schema/members.ts). */

export interface PositionRow extends MemberPosition {
  memberName: string;
  branchName: string;
}

const columns = { position: memberPositions, memberName: members.fullName, branchName: branches.name };
const flatten = (row: { position: MemberPosition; memberName: string; branchName: string }): PositionRow => ({ ...row.position, memberName: row.memberName, branchName: row.branchName });

export function positionById(db: AppDb, id: string): PositionRow | undefined {
  const row = db
    .select(columns)
    .from(memberPositions)
    .innerJoin(members, eq(members.id, memberPositions.memberId))
    .innerJoin(branches, eq(branches.id, memberPositions.branchId))
    .where(eq(memberPositions.id, id))
    .get();
  return row ? flatten(row) : undefined;
}

export function positionsOfMember(db: AppDb, memberId: string): PositionRow[] {
  return db
    .select(columns)
    .from(memberPositions)
    .innerJoin(members, eq(members.id, memberPositions.memberId))
    .innerJoin(branches, eq(branches.id, memberPositions.branchId))
    .where(eq(memberPositions.memberId, memberId))
    .orderBy(sql`${memberPositions.fromDate} DESC`, asc(memberPositions.position))
    .all()
    .map(flatten);
}

/** Positions held on `day` by members not deleted, optionally in one branch. */
export function positionsHeldOn(db: AppDb, day: string, branchId?: string): PositionRow[] {
  return db
    .select(columns)
    .from(memberPositions)
    .innerJoin(members, eq(members.id, memberPositions.memberId))
    .innerJoin(branches, eq(branches.id, memberPositions.branchId))
    .where(
      and(
        lte(memberPositions.fromDate, day),
        or(isNull(memberPositions.toDate), gte(memberPositions.toDate, day)),
        isNull(members.deletedAt),
        branchId ? eq(memberPositions.branchId, branchId) : undefined,
      ),
    )
    .orderBy(asc(branches.sortKey), asc(members.sortTen))
    .all()
    .map(flatten);
}

export function insertPosition(db: AppDb, row: typeof memberPositions.$inferInsert): void {
  db.insert(memberPositions).values(row).run();
}

export function updatePosition(db: AppDb, id: string, patch: Partial<typeof memberPositions.$inferInsert>): void {
  db.update(memberPositions).set(patch).where(eq(memberPositions.id, id)).run();
}

export function deletePosition(db: AppDb, id: string): void {
  db.delete(memberPositions).where(eq(memberPositions.id, id)).run();
}

/** Positions held in a branch, past or present (a branch with positions cannot be deleted). */
export function positionCountOfBranch(db: AppDb, branchId: string): number {
  return db.select({ count: sql<number>`count(*)` }).from(memberPositions).where(eq(memberPositions.branchId, branchId)).get()?.count ?? 0;
}
