import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../types';

/**
 * The members list in SQL over stored, indexed keys (issue 6, item 4). A page is read in one of
 * two ways, chosen from counts so that no query reads the whole table:
 * - narrow: the matches are few (a selective search word, a small branch…): SQLite reads them
 *   through the filter's index and sorts them (`ORDER BY +key` keeps it from walking the sort
 *   index instead);
 * - broad: the matches are many: walk the sort index (INDEXED BY) and stop after the page.
 * Search words: the most selective word is an index range on `member_search_words`; the others
 * are checked in the row with `instr(search_words, ' ' || word)` (each word a prefix).
 */

export type MemberSortOrder = 'ten-first' | 'ho-first';

export interface MemberQuery {
  /** Folded search words (searchTerms). */
  words: readonly string[];
  status: 'active' | 'left' | 'all' | 'deleted';
  asOf: string;
  branchIds?: readonly string[] | undefined;
  unitCodes?: readonly string[] | undefined;
  position?: string | undefined;
  gender?: string | undefined;
  ethnicity?: string | undefined;
  memberType?: string | undefined;
  joinedFrom?: string | undefined;
  joinedTo?: string | undefined;
  collaborator?: boolean | undefined;
  volunteer?: boolean | undefined;
  order: MemberSortOrder;
}

/** Up to this many rows a word's range drives the search; above it the word is "broad". */
export const DRIVING_WORD_LIMIT = 20_000;
/** Up to this many matches a page is sorted; above it the sort index is walked. */
export const SORTED_PAGE_LIMIT = 4000;
/** A broad search stops counting here (the list then says "more than"). */
export const BROAD_COUNT_CAP = 1000;

const upperBound = (prefix: string) => `${prefix}\u{10FFFF}`;

function statusCondition(query: MemberQuery): SQL {
  const day = query.asOf;
  if (query.status === 'deleted') return sql`m.deleted_at IS NOT NULL`;
  if (query.status === 'all') return sql`m.deleted_at IS NULL`;
  if (query.status === 'left') return sql`m.deleted_at IS NULL AND m.left_on <= ${day}`;
  // ifnull, not "left_on IS NULL OR left_on > day": an OR makes SQLite merge two index scans by rowid.
  return sql`m.deleted_at IS NULL AND m.joined_on <= ${day} AND ifnull(m.left_on, '9999-12-31') > ${day}`;
}

const list = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `);

/** The filters that lead an index of their own (db/schema/members.ts), in order of preference. */
export const INDEXED_FILTERS = ['branch', 'unit', 'joined', 'ethnicity', 'collaborator', 'volunteer', 'gender'] as const;
export type IndexedFilter = (typeof INDEXED_FILTERS)[number];

/** The index each filter leads (db/schema/members.ts). */
export const FILTER_INDEXES: Readonly<Record<IndexedFilter, string>> = {
  branch: 'members_branch_idx',
  unit: 'members_unit_code_idx',
  joined: 'members_joined_on_idx',
  ethnicity: 'members_ethnicity_idx',
  collaborator: 'members_collaborator_idx',
  volunteer: 'members_volunteer_idx',
  gender: 'members_gender_idx',
};

const from = (index: string | null) => (index ? sql.raw(`members m INDEXED BY ${index}`) : sql.raw('members m'));

/** The conditions of one indexed filter; `column` writes a column bare or with a unary plus. */
function indexedFilter(query: MemberQuery, name: IndexedFilter, column: (name: string) => SQL): SQL[] {
  switch (name) {
    case 'branch':
      return query.branchIds ? [query.branchIds.length === 0 ? sql`0` : sql`${column('branch_id')} IN (${list(query.branchIds)})`] : [];
    case 'unit':
      return query.unitCodes ? [query.unitCodes.length === 0 ? sql`0` : sql`${column('unit_code')} IN (${list(query.unitCodes)})`] : [];
    case 'joined':
      return [...(query.joinedFrom ? [sql`${column('joined_on')} >= ${query.joinedFrom}`] : []), ...(query.joinedTo ? [sql`${column('joined_on')} <= ${query.joinedTo}`] : [])];
    case 'ethnicity':
      return query.ethnicity ? [sql`${column('ethnicity')} = ${query.ethnicity}`] : [];
    case 'collaborator':
      return query.collaborator === undefined ? [] : [sql`${column('is_collaborator')} = ${query.collaborator ? 1 : 0}`];
    case 'volunteer':
      return query.volunteer === undefined ? [] : [sql`${column('is_volunteer')} = ${query.volunteer ? 1 : 0}`];
    case 'gender':
      return query.gender ? [sql`${column('gender')} = ${query.gender}`] : [];
  }
}

export function presentFilters(query: MemberQuery): IndexedFilter[] {
  return INDEXED_FILTERS.filter((name) => indexedFilter(query, name, (column) => sql.raw(column)).length > 0);
}

const bareColumn = (name: string) => sql.raw(`m.${name}`);
const plusColumn = (name: string) => sql.raw(`+m.${name}`);

/**
 * Every filter but the search words. Without statistics SQLite may count through a broad index
 * (gender) rather than a narrow one (branch); so only `bare`, the filter the core found to hold
 * the fewest rows, is written as a plain column; the others get a unary plus, which SQLite never
 * uses an index for. With `bare` null (a search drives, or the sort index is walked) none is.
 */
export function filterConditions(query: MemberQuery, bare: IndexedFilter | null = null): SQL[] {
  const conditions = [statusCondition(query)];
  for (const name of INDEXED_FILTERS) conditions.push(...indexedFilter(query, name, name === bare ? bareColumn : plusColumn));
  if (query.memberType) conditions.push(sql`+m.member_type = ${query.memberType}`);
  if (query.position) {
    const day = query.asOf;
    conditions.push(
      sql`m.id IN (SELECT p.member_id FROM member_positions p WHERE p.position = ${query.position} AND p.from_date <= ${day} AND (p.to_date IS NULL OR p.to_date >= ${day}))`,
    );
  }
  return conditions;
}

/** How many rows one filter's index range holds (not deleted), counting no further than `cap + 1`. */
export function filterRangeSize(db: AppDb, query: MemberQuery, name: IndexedFilter, cap: number): number {
  const deleted = query.status === 'deleted' ? sql`m.deleted_at IS NOT NULL` : sql`m.deleted_at IS NULL`;
  const where = sql.join([deleted, ...indexedFilter(query, name, bareColumn)], sql` AND `);
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (SELECT 1 FROM members m WHERE ${where} LIMIT ${cap + 1})`).n;
}

export const wordInRow = (word: string): SQL => sql`instr(m.search_words, ${` ${word}`}) > 0`;
/** Members having a word with each prefix, by intersecting the words' index ranges. */
export function wordsInIndex(words: readonly string[]): SQL {
  const ranges = words.map((word) => sql`SELECT w.member_id FROM member_search_words w WHERE w.word >= ${word} AND w.word < ${upperBound(word)}`);
  return sql`m.id IN (${sql.join(ranges, sql` INTERSECT `)})`;
}

export const wordInIndex = (word: string): SQL =>
  sql`m.id IN (SELECT w.member_id FROM member_search_words w WHERE w.word >= ${word} AND w.word < ${upperBound(word)})`;

/** How many rows a word's range holds, counting no further than `cap + 1`. */
export function wordRangeSize(db: AppDb, word: string, cap = DRIVING_WORD_LIMIT): number {
  const row = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM (SELECT 1 FROM member_search_words WHERE word >= ${word} AND word < ${upperBound(word)} LIMIT ${cap + 1})`,
  );
  return row.n;
}

const whereOf = (conditions: readonly SQL[]) => sql.join([...conditions], sql` AND `);
const sortColumn = (order: MemberSortOrder) => sql.raw(order === 'ten-first' ? 'm.sort_ten' : 'm.sort_ho');
const sortIndex = (order: MemberSortOrder) => sql.raw(order === 'ten-first' ? 'members_live_ten_idx' : 'members_live_ho_idx');

/** `index`: the index of the filter with the fewest rows, when the caller knows it. */
export function countSql(conditions: readonly SQL[], index: string | null = null): SQL {
  return sql`SELECT count(*) AS n FROM ${from(index)} WHERE ${whereOf(conditions)}`;
}

export function countMatches(db: AppDb, conditions: readonly SQL[], index: string | null = null): number {
  return db.get<{ n: number }>(countSql(conditions, index)).n;
}

/** The ids of one page; `walk` reads the sort index in order (for many matches, live rows only). */
export function pageSql(conditions: readonly SQL[], order: MemberSortOrder, page: { limit: number; offset: number }, walk: boolean, index: string | null = null): SQL {
  if (walk) return walkPageSql(conditions, order, null, page);
  return sql`SELECT m.id AS id FROM ${from(index)} WHERE ${whereOf(conditions)} ORDER BY +${sortColumn(order)}, +m.id LIMIT ${page.limit} OFFSET ${page.offset}`;
}

/** Where a walk resumes: after the row with this sort key and id (the last row of a page read before). */
export interface WalkAnchor {
  key: string;
  id: string;
}

/**
 * A page read by walking the sort index, from its start or from after `anchor` (a range on the
 * index: scrolling on from the last page costs the same as the first page, not the offset).
 */
export function walkPageSql(conditions: readonly SQL[], order: MemberSortOrder, anchor: WalkAnchor | null, page: { limit: number; offset: number }): SQL {
  const key = sortColumn(order);
  const after = anchor ? [sql`(${key}, m.id) > (${anchor.key}, ${anchor.id})`] : [];
  return sql`SELECT m.id AS id, ${key} AS sortKey FROM members m INDEXED BY ${sortIndex(order)} WHERE ${whereOf([...conditions, ...after])} ORDER BY ${key}, m.id LIMIT ${page.limit} OFFSET ${page.offset}`;
}

export function walkPage(db: AppDb, sqlText: SQL): { id: string; sortKey: string }[] {
  return db.all<{ id: string; sortKey: string }>(sqlText);
}

/** One pass over the matches for a sorted page and their number (the matches are few). */
export function pageWithTotalSql(conditions: readonly SQL[], order: MemberSortOrder, page: { limit: number; offset: number }, index: string | null = null): SQL {
  const key = sortColumn(order);
  return sql`SELECT m.id AS id, count(*) OVER () AS total FROM ${from(index)} WHERE ${whereOf(conditions)} ORDER BY +${key}, +m.id LIMIT ${page.limit} OFFSET ${page.offset}`;
}

export function pageWithTotal(db: AppDb, sqlText: SQL): { ids: string[]; total: number | null } {
  const rows = db.all<{ id: string; total: number }>(sqlText);
  return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? null };
}

export function pageIds(db: AppDb, sqlText: SQL): string[] {
  return db.all<{ id: string }>(sqlText).map((row) => row.id);
}

/** Counts matches in sort order up to `cap + 1` (a broad search: the matches are dense). */
export function cappedCountSql(conditions: readonly SQL[], order: MemberSortOrder, cap: number): SQL {
  return sql`SELECT count(*) AS n FROM (SELECT 1 FROM members m INDEXED BY ${sortIndex(order)} WHERE ${whereOf(conditions)} ORDER BY ${sortColumn(order)} LIMIT ${cap + 1})`;
}

export interface MemberListRow {
  id: string;
  fullName: string;
  gender: 'nam' | 'nu' | null;
  birthDate: string | null;
  birthPrecision: 'day' | 'year' | null;
  branchName: string;
  phone: string;
  cardNumber: string;
  joinedOn: string;
  leftOn: string | null;
  memberType: 'ca_nhan' | 'danh_du' | 'tap_the';
  isCollaborator: number;
  isVolunteer: number;
  deletedAt: string | null;
}

/** The list columns of the given members, in the order of `ids`. */
export function listRows(db: AppDb, ids: readonly string[]): MemberListRow[] {
  if (ids.length === 0) return [];
  const rows = db.all<MemberListRow>(sql`
    SELECT m.id AS id, m.full_name AS fullName, m.gender AS gender, m.birth_date AS birthDate, m.birth_precision AS birthPrecision,
      b.name AS branchName, m.phone AS phone, m.card_number AS cardNumber, m.joined_on AS joinedOn, m.left_on AS leftOn,
      m.member_type AS memberType, m.is_collaborator AS isCollaborator, m.is_volunteer AS isVolunteer, m.deleted_at AS deletedAt
    FROM members m JOIN branches b ON b.id = m.branch_id WHERE m.id IN (${list(ids)})`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
