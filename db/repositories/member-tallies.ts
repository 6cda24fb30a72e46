import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../types';

/**
 * Counts from the per-branch tallies (db/schema/member-tallies.ts): live members of a set of
 * branches (or of all), and the active ones on a day, as live − left by the day − joining after
 * it. The last two are disjoint (a member leaves on or after joining: members_left_after_joined_check)
 * and few, each an index range. Matches `status = 'active' | 'all'` of the members list exactly.
 */

const inBranches = (branchIds: readonly string[] | undefined, column: string) =>
  branchIds === undefined ? sql`1` : sql`${sql.raw(column)} IN (${sql.join(branchIds.map((id) => sql`${id}`), sql`, `)})`;

/** The three counts: live members from the tallies, and those left by the day or joining after it. */
export function tallyCountSql(day: string, branchIds?: readonly string[]): { live: SQL; left: SQL; joining: SQL } {
  const branch = inBranches(branchIds, '+m.branch_id');
  return {
    live: sql`SELECT coalesce(sum(live), 0) AS n FROM member_branch_tallies WHERE ${inBranches(branchIds, 'branch_id')}`,
    left: sql`SELECT count(*) AS n FROM members m INDEXED BY members_status_idx WHERE m.deleted_at IS NULL AND m.left_on <= ${day} AND ${branch}`,
    joining: sql`SELECT count(*) AS n FROM members m INDEXED BY members_joined_on_idx WHERE m.joined_on > ${day} AND m.deleted_at IS NULL AND ${branch}`,
  };
}

const countOf = (db: AppDb, statement: SQL) => db.get<{ n: number }>(statement).n;

export function liveMembersByTally(db: AppDb, branchIds?: readonly string[]): number {
  return branchIds?.length === 0 ? 0 : countOf(db, tallyCountSql('', branchIds).live);
}

export function activeMembersByTally(db: AppDb, day: string, branchIds?: readonly string[]): number {
  if (branchIds?.length === 0) return 0;
  const { live, left, joining } = tallyCountSql(day, branchIds);
  return countOf(db, live) - countOf(db, left) - countOf(db, joining);
}

/** Active members on `day` per branch (own members only; the branch tree adds sub-branches up); none: absent. */
export function activeCountsByBranch(db: AppDb, day: string): Map<string, number> {
  const rows = (statement: SQL) => db.all<{ branchId: string; n: number }>(statement);
  const counts = new Map(rows(sql`SELECT branch_id AS branchId, live AS n FROM member_branch_tallies`).map((row) => [row.branchId, row.n]));
  const gone = [
    sql`SELECT m.branch_id AS branchId, count(*) AS n FROM members m INDEXED BY members_status_idx WHERE m.deleted_at IS NULL AND m.left_on <= ${day} GROUP BY m.branch_id`,
    sql`SELECT m.branch_id AS branchId, count(*) AS n FROM members m INDEXED BY members_joined_on_idx WHERE m.joined_on > ${day} AND m.deleted_at IS NULL GROUP BY m.branch_id`,
  ];
  for (const row of gone.flatMap(rows)) counts.set(row.branchId, (counts.get(row.branchId) ?? 0) - row.n);
  for (const [branchId, count] of counts) if (count === 0) counts.delete(branchId);
  return counts;
}
