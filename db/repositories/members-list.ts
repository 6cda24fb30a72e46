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
  return sql`m.deleted_at IS NULL AND m.joined_on <= ${day} AND (m.left_on IS NULL OR m.left_on > ${day})`;
}

const list = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `);

/** Every filter but the search words. */
export function filterConditions(query: MemberQuery): SQL[] {
  const conditions = [statusCondition(query)];
  if (query.branchIds) conditions.push(query.branchIds.length === 0 ? sql`0` : sql`m.branch_id IN (${list(query.branchIds)})`);
  if (query.unitCodes) conditions.push(query.unitCodes.length === 0 ? sql`0` : sql`m.unit_code IN (${list(query.unitCodes)})`);
  if (query.gender) conditions.push(sql`m.gender = ${query.gender}`);
  if (query.ethnicity) conditions.push(sql`m.ethnicity = ${query.ethnicity}`);
  if (query.memberType) conditions.push(sql`m.member_type = ${query.memberType}`);
  if (query.collaborator !== undefined) conditions.push(sql`m.is_collaborator = ${query.collaborator ? 1 : 0}`);
  if (query.volunteer !== undefined) conditions.push(sql`m.is_volunteer = ${query.volunteer ? 1 : 0}`);
  if (query.joinedFrom) conditions.push(sql`m.joined_on >= ${query.joinedFrom}`);
  if (query.joinedTo) conditions.push(sql`m.joined_on <= ${query.joinedTo}`);
  if (query.position) {
    const day = query.asOf;
    conditions.push(
      sql`m.id IN (SELECT p.member_id FROM member_positions p WHERE p.position = ${query.position} AND p.from_date <= ${day} AND (p.to_date IS NULL OR p.to_date >= ${day}))`,
    );
  }
  return conditions;
}

export const wordInRow = (word: string): SQL => sql`instr(m.search_words, ${` ${word}`}) > 0`;
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

export function countSql(conditions: readonly SQL[]): SQL {
  return sql`SELECT count(*) AS n FROM members m WHERE ${whereOf(conditions)}`;
}

export function countMatches(db: AppDb, conditions: readonly SQL[]): number {
  return db.get<{ n: number }>(countSql(conditions)).n;
}

/** The ids of one page; `walk` reads the sort index in order (for many matches, live rows only). */
export function pageSql(conditions: readonly SQL[], order: MemberSortOrder, page: { limit: number; offset: number }, walk: boolean): SQL {
  const key = sortColumn(order);
  if (walk) {
    return sql`SELECT m.id AS id FROM members m INDEXED BY ${sortIndex(order)} WHERE ${whereOf(conditions)} ORDER BY ${key}, m.id LIMIT ${page.limit} OFFSET ${page.offset}`;
  }
  return sql`SELECT m.id AS id FROM members m WHERE ${whereOf(conditions)} ORDER BY +${key}, +m.id LIMIT ${page.limit} OFFSET ${page.offset}`;
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
