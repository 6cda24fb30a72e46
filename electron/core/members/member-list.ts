import { codeWithDescendants } from '../../../db/repositories/admin-unit-versions';
import { allBranches } from '../../../db/repositories/branches';
import {
  BROAD_COUNT_CAP,
  cappedCountSql,
  countMatches,
  DRIVING_WORD_LIMIT,
  filterConditions,
  listRows,
  pageIds,
  pageSql,
  SORTED_PAGE_LIMIT,
  wordInIndex,
  wordInRow,
  wordRangeSize,
  type MemberQuery,
} from '../../../db/repositories/members-list';
import { countActiveOn, countJoinedBetween } from '../../../db/repositories/members';
import type { AppDb } from '../../../db/types';
import type { SQL } from 'drizzle-orm';
import type { MemberListInput, MemberListOutput, ParsedMemberFilter } from '../../../shared/schemas/member-lists';
import type { HandlerContext } from '../types';
import { today } from './member-facts';
import { searchTerms } from './member-keys';

/** The branch and every branch below it (any depth), from the parent links. */
export function branchWithDescendants(db: AppDb, branchId: string): string[] {
  const children = new Map<string, string[]>();
  for (const branch of allBranches(db)) if (branch.parentId) children.set(branch.parentId, [...(children.get(branch.parentId) ?? []), branch.id]);
  const result = new Set<string>([branchId]);
  const queue = [branchId];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      if (result.has(child)) continue;
      result.add(child);
      queue.push(child);
    }
  }
  return [...result];
}

/** The repository's query for a parsed filter (words folded, branch and unit sets expanded). */
export function memberQueryOf(db: AppDb, filter: ParsedMemberFilter & { order?: MemberQuery['order'] }, day: string): MemberQuery {
  return {
    words: searchTerms(filter.query ?? ''),
    status: filter.status,
    asOf: filter.asOf ?? day,
    branchIds: filter.branchId ? (filter.includeSubBranches ? branchWithDescendants(db, filter.branchId) : [filter.branchId]) : undefined,
    unitCodes: filter.unitCode ? codeWithDescendants(db, filter.unitCode) : undefined,
    ...{ position: filter.position, gender: filter.gender, ethnicity: filter.ethnicity, memberType: filter.memberType },
    ...{ joinedFrom: filter.joinedFrom, joinedTo: filter.joinedTo, collaborator: filter.collaborator, volunteer: filter.volunteer },
    order: filter.order ?? 'ten-first',
  };
}

export interface ListPlan {
  conditions: SQL[];
  /** Walk the sort index (many matches) rather than sort the matches. */
  walk: boolean;
  total: number;
  capped: boolean;
}

const hasNarrowingFilter = (query: MemberQuery) =>
  [query.branchIds, query.unitCodes, query.position, query.gender, query.ethnicity, query.memberType, query.joinedFrom, query.joinedTo, query.collaborator, query.volunteer].some(
    (value) => value !== undefined,
  );

/** Chooses how to read the list (see db/repositories/members-list.ts) and counts the matches. */
export function planList(db: AppDb, query: MemberQuery): ListPlan {
  const base = filterConditions(query);
  const canWalk = query.status !== 'deleted';
  if (query.words.length === 0) {
    const total = countMatches(db, base);
    return { conditions: base, walk: canWalk && total > SORTED_PAGE_LIMIT, total, capped: false };
  }
  const [driver, ...others] = query.words.map((word) => ({ word, size: wordRangeSize(db, word) })).sort((a, b) => a.size - b.size);
  if (driver && (driver.size <= DRIVING_WORD_LIMIT || !canWalk)) {
    const conditions = [...base, wordInIndex(driver.word), ...others.map(({ word }) => wordInRow(word))];
    return { conditions, walk: false, total: countMatches(db, conditions), capped: false };
  }
  const conditions = [...base, ...query.words.map(wordInRow)];
  if (hasNarrowingFilter(query) && countMatches(db, base) <= SORTED_PAGE_LIMIT) {
    return { conditions, walk: false, total: countMatches(db, conditions), capped: false };
  }
  const counted = db.get<{ n: number }>(cappedCountSql(conditions, query.order, BROAD_COUNT_CAP)).n;
  return { conditions, walk: true, total: Math.min(counted, BROAD_COUNT_CAP), capped: counted > BROAD_COUNT_CAP };
}

export function listMembers(context: HandlerContext, input: MemberListInput & { status: MemberQuery['status']; includeSubBranches: boolean }): MemberListOutput {
  const day = today(context);
  const query = memberQueryOf(context.db, input, day);
  const plan = planList(context.db, query);
  const offset = input.offset ?? 0;
  const limit = Math.max(0, Math.min(input.limit ?? 50, plan.total - offset));
  const ids = limit === 0 ? [] : pageIds(context.db, pageSql(plan.conditions, query.order, { limit, offset }, plan.walk));
  const items = listRows(context.db, ids).map((row) => ({
    ...row,
    isCollaborator: row.isCollaborator === 1,
    isVolunteer: row.isVolunteer === 1,
    status: row.deletedAt !== null ? ('deleted' as const) : row.leftOn !== null && row.leftOn <= query.asOf ? ('left' as const) : ('active' as const),
  }));
  return { asOf: query.asOf, offset, items, total: plan.total, totalIsCapped: plan.capped };
}

export function memberSummary(context: HandlerContext): { year: number; active: number; newThisYear: number } {
  const day = today(context);
  const year = Number(day.slice(0, 4));
  return { year, active: countActiveOn(context.db, day), newThisYear: countJoinedBetween(context.db, `${year}-01-01`, day) };
}
