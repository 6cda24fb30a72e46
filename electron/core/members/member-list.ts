import { codeWithDescendants } from '../../../db/repositories/admin-unit-versions';
import { allBranches } from '../../../db/repositories/branches';
import {
  BROAD_COUNT_CAP,
  cappedCountSql,
  countMatches,
  DRIVING_WORD_LIMIT,
  FILTER_INDEXES,
  filterConditions,
  filterRangeSize,
  presentFilters,
  type IndexedFilter,
  listRows,
  pageIds,
  pageSql,
  pageWithTotal,
  pageWithTotalSql,
  SORTED_PAGE_LIMIT,
  wordInIndex,
  wordsInIndex,
  wordInRow,
  wordRangeSize,
  walkPage,
  walkPageSql,
  type MemberQuery,
  type WalkAnchor,
} from '../../../db/repositories/members-list';
import { countActiveOn, countJoinedBetween } from '../../../db/repositories/members';
import { activeMembersByTally, liveMembersByTally } from '../../../db/repositories/member-tallies';
import type { AppDb } from '../../../db/types';
import { sql, type SQL } from 'drizzle-orm';
import type { MemberListInput, MemberListOutput, ParsedMemberFilter } from '../../../shared/schemas/member-lists';
import type { HandlerContext } from '../types';
import { cachedPlan, rememberPlan } from './list-cache';
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
  /** The index of the most selective filter, for the count and a sorted page. */
  index: string | null;
  /** Counted already, or null: the page's query counts the matches too (few of them). */
  total: number | null;
  capped: boolean;
  /** A walked list's resume points: the last row of each page read, by the offset after it. */
  anchors?: Map<number, WalkAnchor>;
}

const MAX_ANCHORS = 500;

/** A page of a walked list, from the nearest resume point at or before its offset. */
function readWalkedPage(db: AppDb, plan: ListPlan, order: MemberQuery['order'], page: { offset: number; limit: number }): string[] {
  const anchors = plan.anchors ?? new Map<number, WalkAnchor>();
  plan.anchors = anchors;
  let start = 0;
  for (const at of anchors.keys()) if (at <= page.offset && at > start) start = at;
  const rows = walkPage(db, walkPageSql(plan.conditions, order, anchors.get(start) ?? null, { limit: page.limit, offset: page.offset - start }));
  const last = rows.at(-1);
  if (last && anchors.size < MAX_ANCHORS) anchors.set(page.offset + rows.length, { key: last.sortKey, id: last.id });
  return rows.map((row) => row.id);
}


/** Rows in the table, near enough for a cost estimate (rowids only grow; deletions leave gaps). */
function approximateRows(db: AppDb): number {
  return db.get<{ n: number | null }>(sql`SELECT max(rowid) AS n FROM members`).n ?? 0;
}

/**
 * Whether reading the rarest word's range (about 1 µs a candidate, counted and paged: twice) costs
 * less than walking the sort index until the count's cap (about 0.3 µs a row; the words taken as
 * independent to estimate how dense the matches are). Small ranges are always read: exact counts.
 */
export function drivingIsCheaper(sizes: readonly number[], rows: number): boolean {
  const smallest = sizes[0] ?? 0;
  if (smallest <= 3000) return true;
  if (smallest > DRIVING_WORD_LIMIT || rows === 0) return false;
  const estimate = (size: number) => (size > DRIVING_WORD_LIMIT ? Math.max(size, rows * 0.4) : size);
  const density = sizes.reduce((product, size) => product * Math.min(1, estimate(size) / rows), 1);
  const walked = Math.min(rows, BROAD_COUNT_CAP / Math.max(density, 1e-9));
  return smallest <= 0.3 * walked;
}

/** The filter whose index holds the fewest rows (capped counts; ties keep INDEXED_FILTERS' order). */
function mostSelectiveFilter(db: AppDb, query: MemberQuery): IndexedFilter | null {
  const present = presentFilters(query);
  if (present.length <= 1) return present[0] ?? null;
  const sized = present.map((name) => ({ name, size: filterRangeSize(db, query, name, SORTED_PAGE_LIMIT) }));
  return sized.reduce((best, each) => (each.size < best.size ? each : best)).name;
}

/**
 * The count of a list filtered by branch alone (or not at all), from the per-branch tallies:
 * the broadest lists — the register, a district — are the ones too long to count row by row.
 */
function countByTally(db: AppDb, query: MemberQuery): number | null {
  const filters = presentFilters(query);
  const branchOnly = filters.length === 0 || (filters.length === 1 && filters[0] === 'branch');
  if (query.words.length > 0 || !branchOnly || query.memberType || query.position) return null;
  if (query.status === 'all') return liveMembersByTally(db, query.branchIds);
  return query.status === 'active' ? activeMembersByTally(db, query.asOf, query.branchIds) : null;
}

/** Chooses how to read the list (see db/repositories/members-list.ts) and counts the matches. */
export function planList(db: AppDb, query: MemberQuery): ListPlan {
  const bare = mostSelectiveFilter(db, query);
  const index = bare ? FILTER_INDEXES[bare] : null;
  const base = filterConditions(query, bare);
  const canWalk = query.status !== 'deleted';
  if (query.words.length === 0) {
    const total = countByTally(db, query) ?? countMatches(db, base, index);
    const walk = canWalk && total > SORTED_PAGE_LIMIT;
    return { conditions: base, walk, index: walk ? null : index, total, capped: false };
  }
  const sized = query.words.map((word) => ({ word, size: wordRangeSize(db, word) })).sort((a, b) => a.size - b.size);
  const [driver, ...others] = sized;
  const unindexed = filterConditions(query, null);
  if (driver && (!canWalk || drivingIsCheaper(sized.map(({ size }) => size), approximateRows(db)))) {
    const second = others[0];
    const intersect = second !== undefined && driver.size > 3000 && second.size <= DRIVING_WORD_LIMIT;
    const driving = intersect ? wordsInIndex([driver.word, second.word]) : wordInIndex(driver.word);
    const conditions = [...unindexed, driving, ...others.slice(intersect ? 1 : 0).map(({ word }) => wordInRow(word))];
    return { conditions, walk: false, index: null, total: null, capped: false };
  }
  if (index && countMatches(db, base, index) <= SORTED_PAGE_LIMIT) {
    return { conditions: [...base, ...query.words.map(wordInRow)], walk: false, index, total: null, capped: false };
  }
  const conditions = [...unindexed, ...query.words.map(wordInRow)];
  const counted = db.get<{ n: number }>(cappedCountSql(conditions, query.order, BROAD_COUNT_CAP)).n;
  return { conditions, walk: true, index: null, total: Math.min(counted, BROAD_COUNT_CAP), capped: counted > BROAD_COUNT_CAP };
}

/** The ids of the page and the number of matches. */
function readPage(db: AppDb, plan: ListPlan, order: MemberQuery['order'], page: { offset: number; limit: number }): { ids: string[]; total: number } {
  if (plan.total === null) {
    const read = pageWithTotal(db, pageWithTotalSql(plan.conditions, order, page, plan.index));
    return { ids: read.ids, total: read.total ?? (page.offset === 0 ? 0 : countMatches(db, plan.conditions, plan.index)) };
  }
  const limit = Math.max(0, Math.min(page.limit, plan.total - page.offset));
  if (limit === 0) return { ids: [], total: plan.total };
  if (plan.walk) return { ids: readWalkedPage(db, plan, order, { offset: page.offset, limit }), total: plan.total };
  return { ids: pageIds(db, pageSql(plan.conditions, order, { limit, offset: page.offset }, false, plan.index)), total: plan.total };
}

export function listMembers(context: HandlerContext, input: MemberListInput & { status: MemberQuery['status']; includeSubBranches: boolean }): MemberListOutput {
  const day = today(context);
  const query = memberQueryOf(context.db, input, day);
  const offset = input.offset ?? 0;
  const plan = (offset > 0 ? cachedPlan(context.sqlite, query) : undefined) ?? planList(context.db, query);
  const { ids, total } = readPage(context.db, plan, query.order, { offset, limit: input.limit ?? 50 });
  rememberPlan(context.sqlite, query, { ...plan, total });
  const items = listRows(context.db, ids).map((row) => ({
    ...row,
    isCollaborator: row.isCollaborator === 1,
    isVolunteer: row.isVolunteer === 1,
    status: row.deletedAt !== null ? ('deleted' as const) : row.leftOn !== null && row.leftOn <= query.asOf ? ('left' as const) : ('active' as const),
  }));
  return { asOf: query.asOf, offset, items, total, totalIsCapped: plan.capped };
}

export function memberSummary(context: HandlerContext): { year: number; active: number; newThisYear: number } {
  const day = today(context);
  const year = Number(day.slice(0, 4));
  return { year, active: countActiveOn(context.db, day), newThisYear: countJoinedBetween(context.db, `${year}-01-01`, day) };
}
