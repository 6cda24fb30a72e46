import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { branches, memberDues, members, type MemberDues } from '../schema';
import type { AppDb } from '../types';

/** Dues (hội phí) per member and year (db/schema/members.ts). */

export function duesById(db: AppDb, id: string): MemberDues | undefined {
  return db.select().from(memberDues).where(eq(memberDues.id, id)).get();
}

export function duesOfMember(db: AppDb, memberId: string): MemberDues[] {
  return db.select().from(memberDues).where(eq(memberDues.memberId, memberId)).orderBy(desc(memberDues.year)).all();
}

export function duesOfYear(db: AppDb, memberId: string, year: number): MemberDues | undefined {
  return db.select().from(memberDues).where(and(eq(memberDues.memberId, memberId), eq(memberDues.year, year))).get();
}

export function insertDues(db: AppDb, row: typeof memberDues.$inferInsert): MemberDues {
  return db.insert(memberDues).values(row).returning().get();
}

/** Inserts many dues rows (one statement per 500 rows). */
export function insertDuesRows(db: AppDb, rows: readonly (typeof memberDues.$inferInsert)[]): void {
  for (let start = 0; start < rows.length; start += 500) db.insert(memberDues).values(rows.slice(start, start + 500)).run();
}

export interface MemberForDues {
  fullName: string;
  deletedAt: string | null;
  joinedOn: string;
  leftOn: string | null;
}

/** Name, deletion mark and membership dates of the members among `ids` that exist (the bulk entry's check). */
export function membersForDues(db: AppDb, ids: readonly string[]): Map<string, MemberForDues> {
  const found = new Map<string, MemberForDues>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = db
      .select({ id: members.id, fullName: members.fullName, deletedAt: members.deletedAt, joinedOn: members.joinedOn, leftOn: members.leftOn })
      .from(members)
      .where(inArray(members.id, ids.slice(start, start + 500)))
      .all();
    for (const { id, ...row } of rows) found.set(id, row);
  }
  return found;
}

/** Which of `ids` already have dues for `year`. */
export function paidInYear(db: AppDb, ids: readonly string[], year: number): Set<string> {
  const paid = new Set<string>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = db.select({ id: memberDues.memberId }).from(memberDues).where(and(eq(memberDues.year, year), inArray(memberDues.memberId, ids.slice(start, start + 500)))).all();
    for (const row of rows) paid.add(row.id);
  }
  return paid;
}

export function updateDues(db: AppDb, id: string, patch: Partial<typeof memberDues.$inferInsert>): MemberDues {
  return db.update(memberDues).set(patch).where(eq(memberDues.id, id)).returning().get();
}

export function deleteDues(db: AppDb, id: string): void {
  db.delete(memberDues).where(eq(memberDues.id, id)).run();
}

/** SQL: the member was a member at some time in `year` (joined by its end, not left before it). */
export function memberDuringYear(year: number) {
  return and(isNull(members.deletedAt), lte(members.joinedOn, `${year}-12-31`), or(isNull(members.leftOn), sql`${members.leftOn} >= ${`${year}-01-01`}`));
}

const unpaid = (year: number) => sql`NOT EXISTS (SELECT 1 FROM member_dues d WHERE d.member_id = ${members.id} AND d.year = ${year})`;

export interface SheetRow {
  memberId: string;
  fullName: string;
  branchName: string;
  dues: MemberDues | null;
}

/** The sheet's members: in the branches, members during the year. */
const inSheet = (branchIds: readonly string[], year: number) => and(inArray(members.branchId, [...branchIds]), memberDuringYear(year));

/** The sheet's counts: `total` every member of the sheet, `unpaid` those without that year's dues. */
export function duesSheetCounts(db: AppDb, branchIds: readonly string[], year: number): { total: number; unpaid: number } {
  if (branchIds.length === 0) return { total: 0, unpaid: 0 };
  const counts = db
    .select({ total: sql<number>`count(*)`, unpaid: sql<number>`coalesce(sum(${unpaid(year)}), 0)` })
    .from(members)
    .where(inSheet(branchIds, year))
    .get();
  return { total: counts?.total ?? 0, unpaid: counts?.unpaid ?? 0 };
}

/** A page of the branches' members during the year, Vietnamese order, with what they paid for it. */
export function duesSheetRows(db: AppDb, branchIds: readonly string[], year: number, page: { offset: number; limit: number }): SheetRow[] {
  if (branchIds.length === 0) return [];
  return db
    .select({ memberId: members.id, fullName: members.fullName, branchName: branches.name, dues: memberDues })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .leftJoin(memberDues, and(eq(memberDues.memberId, members.id), eq(memberDues.year, year)))
    .where(inSheet(branchIds, year))
    .orderBy(asc(members.sortTen), asc(members.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

/** Every member of the sheet who has not paid the year, in the sheet's order (ids only). */
export function unpaidOfSheet(db: AppDb, branchIds: readonly string[], year: number): string[] {
  if (branchIds.length === 0) return [];
  return db
    .select({ id: members.id })
    .from(members)
    .where(and(inSheet(branchIds, year), unpaid(year)))
    .orderBy(asc(members.sortTen), asc(members.id))
    .all()
    .map((row) => row.id);
}

const inArrears = (year: number, branchIds: readonly string[] | undefined) => and(memberDuringYear(year), unpaid(year), branchIds ? inArray(members.branchId, [...branchIds]) : undefined);

/** How many members during the year have not paid it (in the branches, or everywhere). */
export function arrearsCount(db: AppDb, year: number, branchIds: readonly string[] | undefined): number {
  return db.select({ n: sql<number>`count(*)` }).from(members).where(inArrears(year, branchIds)).get()?.n ?? 0;
}

/** A page of the members during the year who have not paid it, Vietnamese order. */
export function arrearsRows(db: AppDb, year: number, branchIds: readonly string[] | undefined, page: { offset: number; limit: number }) {
  const lastPaid = sql<number | null>`(SELECT max(d.year) FROM member_dues d WHERE d.member_id = ${members.id})`;
  return db
    .select({ memberId: members.id, fullName: members.fullName, branchName: branches.name, phone: members.phone, lastPaidYear: lastPaid })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .where(inArrears(year, branchIds))
    .orderBy(asc(members.sortTen), asc(members.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

/** Dues recorded for a year (members not deleted), in total and by branch. */
export function duesTotals(db: AppDb, year: number) {
  const rows = db
    .select({ branchId: branches.id, branchName: branches.name, amount: sql<number>`sum(${memberDues.amount})`, payers: sql<number>`count(*)` })
    .from(memberDues)
    .innerJoin(members, eq(members.id, memberDues.memberId))
    .innerJoin(branches, eq(branches.id, members.branchId))
    .where(and(eq(memberDues.year, year), isNull(members.deletedAt)))
    .groupBy(branches.id)
    .orderBy(asc(branches.sortKey))
    .all();
  return {
    amount: rows.reduce((sum, row) => sum + row.amount, 0),
    payers: rows.reduce((sum, row) => sum + row.payers, 0),
    byBranch: rows,
  };
}
