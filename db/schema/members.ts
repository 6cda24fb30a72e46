import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ETHNICITY_CODES } from '../../shared/data/ethnicities';
import { POSITIONS } from '../../shared/schemas/member-activity';
import { GENDERS, MEMBER_TYPES } from '../../shared/schemas/members';
import { branches } from './branches';
import { deletedAt, id, isoDate, isoDateCheckSql, oneOfSql, timestamps } from './common';

/**
 * Members (hội viên, issue 6). Text is stored NFC; the keys are computed in JS on write
 * (electron/core/members/member-keys.ts) and indexed — never an index on a JS function:
 * - `name_key`: searchKey of the full name (duplicates, with `birth_year`);
 * - `sort_ten` / `sort_ho`: personSortKey in the two orders (tên → đệm → họ, họ → đệm → tên);
 * - `search_words`: " word word … " — the folded words of the name, the phone's digits and the
 *   card number, each preceded by a space, so that a word prefix is `instr(search_words, ' ' || p)`;
 *   the same words are rows of `member_search_words` for index range scans.
 * - `phone_key` (digits, +84 → 0) and `card_key` (folded, letters and digits only) for duplicates.
 * `deleted_at` is the soft delete (undo); a hard delete is for Quản trị only.
 */
type FilterColumn = 'joinedOn' | 'leftOn' | 'gender' | 'ethnicity' | 'memberType' | 'isCollaborator' | 'isVolunteer' | 'branchId' | 'unitCode';
type ListTable = { [K in FilterColumn | 'searchWords' | 'deletedAt']: AnySQLiteColumn };

/** The columns the list filters on, in the sort indexes after the key. */
function listColumns(table: ListTable) {
  return [table.joinedOn, table.leftOn, table.gender, table.ethnicity, table.memberType, table.isCollaborator, table.isVolunteer, table.branchId, table.unitCode, table.searchWords] as const;
}

/** After a leading filter column: the status, then every other filter column (gender first: an equality). */
function facets(table: ListTable, leading: FilterColumn) {
  const order: FilterColumn[] = ['gender', 'joinedOn', 'leftOn', 'ethnicity', 'memberType', 'isCollaborator', 'isVolunteer', 'branchId', 'unitCode'];
  return [table.deletedAt, ...order.filter((name) => name !== leading).map((name) => table[name])];
}

export const members = sqliteTable(
  'members',
  {
    id: id(),
    ho: text('ho').notNull().default(''),
    dem: text('dem').notNull().default(''),
    ten: text('ten').notNull(),
    fullName: text('full_name').notNull(),
    gender: text('gender', { enum: GENDERS }),
    birthDate: isoDate('birth_date'),
    birthPrecision: text('birth_precision', { enum: ['day', 'year'] }),
    birthYear: integer('birth_year'),
    ethnicity: text('ethnicity', { enum: ETHNICITY_CODES }),
    phone: text('phone').notNull().default(''),
    phoneKey: text('phone_key').notNull().default(''),
    email: text('email').notNull().default(''),
    address: text('address').notNull().default(''),
    unitCode: text('unit_code'),
    unitName: text('unit_name').notNull().default(''),
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id, { onDelete: 'restrict' }),
    joinedOn: isoDate('joined_on').notNull(),
    leftOn: isoDate('left_on'),
    leftReason: text('left_reason').notNull().default(''),
    memberType: text('member_type', { enum: MEMBER_TYPES }).notNull(),
    occupation: text('occupation').notNull().default(''),
    isCollaborator: integer('is_collaborator', { mode: 'boolean' }).notNull().default(false),
    isVolunteer: integer('is_volunteer', { mode: 'boolean' }).notNull().default(false),
    cardNumber: text('card_number').notNull().default(''),
    cardKey: text('card_key').notNull().default(''),
    cardIssuedOn: isoDate('card_issued_on'),
    notes: text('notes').notNull().default(''),
    nameKey: text('name_key').notNull(),
    sortTen: text('sort_ten').notNull(),
    sortHo: text('sort_ho').notNull(),
    searchWords: text('search_words').notNull(),
    ...deletedAt(),
    ...timestamps(),
  },
  (table) => [
    // The list in each order, covering every filter column and the search words: a page of a
    // broad filter or search walks one of these without reading the table.
    index('members_live_ten_idx').on(table.deletedAt, table.sortTen, table.id, ...listColumns(table)),
    index('members_live_ho_idx').on(table.deletedAt, table.sortHo, table.id, ...listColumns(table)),
    // A search candidate (by id, from member_search_words) is checked and sorted without reading the row.
    index('members_search_idx').on(table.id, table.deletedAt, table.joinedOn, table.leftOn, table.sortTen, table.sortHo, table.searchWords),
    // Counts: per filter likely to be selective, an index led by it that covers every other filter
    // column (the core picks the filter with the fewest rows; electron/core/members/member-list.ts).
    index('members_status_idx').on(table.deletedAt, table.leftOn, table.joinedOn, table.branchId),
    index('members_branch_idx').on(table.branchId, ...facets(table, 'branchId')),
    index('members_unit_code_idx').on(table.unitCode, ...facets(table, 'unitCode')),
    index('members_joined_on_idx').on(table.joinedOn, ...facets(table, 'joinedOn')),
    index('members_ethnicity_idx').on(table.ethnicity, ...facets(table, 'ethnicity')),
    index('members_collaborator_idx').on(table.isCollaborator, ...facets(table, 'isCollaborator')),
    index('members_volunteer_idx').on(table.isVolunteer, ...facets(table, 'isVolunteer')),
    index('members_gender_idx').on(table.gender, ...facets(table, 'gender')),
    index('members_name_key_idx').on(table.nameKey, table.birthYear),
    index('members_phone_key_idx').on(table.phoneKey),
    index('members_card_key_idx').on(table.cardKey),
    check('members_gender_check', sql.raw(`"gender" IS NULL OR ${oneOfSql('gender', GENDERS)}`)),
    check('members_member_type_check', sql.raw(oneOfSql('member_type', MEMBER_TYPES))),
    check('members_birth_precision_check', sql.raw(`"birth_precision" IS NULL OR "birth_precision" IN ('day', 'year')`)),
    check('members_birth_date_check', sql.raw(isoDateCheckSql('birth_date'))),
    check('members_joined_on_check', sql.raw(isoDateCheckSql('joined_on'))),
    check('members_left_on_check', sql.raw(isoDateCheckSql('left_on'))),
    check('members_card_issued_on_check', sql.raw(isoDateCheckSql('card_issued_on'))),
    check('members_left_after_joined_check', sql.raw(`"left_on" IS NULL OR "left_on" >= "joined_on"`)),
  ],
);

export type Member = typeof members.$inferSelect;
export type NewMember = typeof members.$inferInsert;

/** One row per distinct search word of a member: prefix search is an index range on `word`. */
export const memberSearchWords = sqliteTable(
  'member_search_words',
  {
    word: text('word').notNull(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
  },
  (table) => [uniqueIndex('member_search_words_word_member_idx').on(table.word, table.memberId), index('member_search_words_member_idx').on(table.memberId)],
);

/** A position held by a member in a branch for a term (`to_date` null: still held). */
export const memberPositions = sqliteTable(
  'member_positions',
  {
    id: id(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    position: text('position', { enum: POSITIONS }).notNull(),
    title: text('title').notNull().default(''),
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id, { onDelete: 'restrict' }),
    fromDate: isoDate('from_date').notNull(),
    toDate: isoDate('to_date'),
    notes: text('notes').notNull().default(''),
    ...timestamps(),
  },
  (table) => [
    index('member_positions_member_idx').on(table.memberId, table.fromDate),
    index('member_positions_position_idx').on(table.position, table.fromDate, table.toDate),
    index('member_positions_branch_idx').on(table.branchId),
    check('member_positions_position_check', sql.raw(oneOfSql('position', POSITIONS))),
    check('member_positions_from_check', sql.raw(isoDateCheckSql('from_date'))),
    check('member_positions_to_check', sql.raw(isoDateCheckSql('to_date'))),
    check('member_positions_term_check', sql.raw(`"to_date" IS NULL OR "to_date" >= "from_date"`)),
  ],
);

export type MemberPosition = typeof memberPositions.$inferSelect;

/** Dues (hội phí): one row per member and year, the amount in đồng and the day paid. */
export const memberDues = sqliteTable(
  'member_dues',
  {
    id: id(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    amount: integer('amount').notNull(),
    paidOn: isoDate('paid_on').notNull(),
    notes: text('notes').notNull().default(''),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex('member_dues_member_year_idx').on(table.memberId, table.year),
    index('member_dues_year_idx').on(table.year, table.memberId),
    check('member_dues_amount_check', sql.raw(`"amount" >= 0`)),
    check('member_dues_paid_on_check', sql.raw(isoDateCheckSql('paid_on'))),
  ],
);

export type MemberDues = typeof memberDues.$inferSelect;
