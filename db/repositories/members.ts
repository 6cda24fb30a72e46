import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { branches, memberSearchWords, members, type Member, type NewMember } from '../schema';
import type { AppDb } from '../types';

/** Members (db/schema/members.ts): rows, their search words, duplicates, counts. */

export function memberById(db: AppDb, id: string): Member | undefined {
  return db.select().from(members).where(eq(members.id, id)).get();
}

/** Inserts a member and its search words. */
export function insertMember(db: AppDb, row: NewMember, words: readonly string[]): Member {
  const saved = db.insert(members).values(row).returning().get();
  replaceSearchWords(db, saved.id, words);
  return saved;
}

export function updateMember(db: AppDb, id: string, patch: Partial<NewMember>, words?: readonly string[]): Member {
  const saved = db.update(members).set(patch).where(eq(members.id, id)).returning().get();
  if (words) replaceSearchWords(db, id, words);
  return saved;
}

export function replaceSearchWords(db: AppDb, memberId: string, words: readonly string[]): void {
  db.delete(memberSearchWords).where(eq(memberSearchWords.memberId, memberId)).run();
  if (words.length > 0) db.insert(memberSearchWords).values(words.map((word) => ({ word, memberId }))).run();
}

/** Hard delete (positions, dues and search words go with it by cascade). */
export function purgeMember(db: AppDb, id: string): void {
  db.delete(members).where(eq(members.id, id)).run();
}

export function branchNameOf(db: AppDb, branchId: string): string {
  return db.select({ name: branches.name }).from(branches).where(eq(branches.id, branchId)).get()?.name ?? '';
}

/** SQL: the member is active on `day` (not deleted, joined by then, not left by then). */
export function activeOn(day: string): SQL {
  const condition = and(isNull(members.deletedAt), lte(members.joinedOn, day), or(isNull(members.leftOn), sql`${members.leftOn} > ${day}`));
  if (!condition) throw new Error('unreachable: empty condition');
  return condition;
}

export interface DuplicateProbe {
  nameKey: string;
  birthYear: number | null;
  phoneKey: string;
  cardKey: string;
  excludeId?: string | undefined;
}

export interface DuplicateRow {
  id: string;
  fullName: string;
  birthDate: string | null;
  birthPrecision: 'day' | 'year' | null;
  branchName: string;
  deletedAt: string | null;
  sameName: boolean;
  samePhone: boolean;
  sameCard: boolean;
}

/** Records with the same name key and birth year, the same phone or the same card number. */
export function findDuplicates(db: AppDb, probe: DuplicateProbe): DuplicateRow[] {
  const matches: (SQL | undefined)[] = [];
  if (probe.nameKey !== '' && probe.birthYear !== null) matches.push(and(eq(members.nameKey, probe.nameKey), eq(members.birthYear, probe.birthYear)));
  if (probe.phoneKey !== '') matches.push(eq(members.phoneKey, probe.phoneKey));
  if (probe.cardKey !== '') matches.push(eq(members.cardKey, probe.cardKey));
  if (matches.length === 0) return [];
  const rows = db
    .select({ member: members, branchName: branches.name })
    .from(members)
    .innerJoin(branches, eq(branches.id, members.branchId))
    .where(and(or(...matches), probe.excludeId ? ne(members.id, probe.excludeId) : undefined))
    .orderBy(asc(members.sortTen), asc(members.id))
    .limit(20)
    .all();
  return rows.map(({ member, branchName }) => ({
    id: member.id,
    fullName: member.fullName,
    birthDate: member.birthDate,
    birthPrecision: member.birthPrecision,
    branchName,
    deletedAt: member.deletedAt,
    sameName: probe.birthYear !== null && member.nameKey === probe.nameKey && member.birthYear === probe.birthYear,
    samePhone: probe.phoneKey !== '' && member.phoneKey === probe.phoneKey,
    sameCard: probe.cardKey !== '' && member.cardKey === probe.cardKey,
  }));
}

/** Members of a branch in any state (a branch with members cannot be deleted). */
export function memberCountOfBranch(db: AppDb, branchId: string): number {
  return db.select({ count: sql<number>`count(*)` }).from(members).where(eq(members.branchId, branchId)).get()?.count ?? 0;
}

export function countActiveOn(db: AppDb, day: string): number {
  return db.select({ count: sql<number>`count(*)` }).from(members).where(activeOn(day)).get()?.count ?? 0;
}

/** Members (not deleted) who joined between two days, inclusive. */
export function countJoinedBetween(db: AppDb, from: string, to: string): number {
  return (
    db
      .select({ count: sql<number>`count(*)` })
      .from(members)
      .where(and(isNull(members.deletedAt), gte(members.joinedOn, from), lte(members.joinedOn, to)))
      .get()?.count ?? 0
  );
}

export function deletedMemberIds(db: AppDb, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  return db
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.id, [...ids]), isNotNull(members.deletedAt)))
    .all()
    .map((row) => row.id);
}
