import { z } from 'zod';
import { ETHNICITY_CODES } from '../data/ethnicities';
import { isoDate, recordId } from './common';
import { GENDERS, MEMBER_TYPES, memberStatus } from './members';
import { POSITIONS } from './member-activity';
import { unitCode } from './units';

/** The members list: filters (kept in the address bar), pages, counts, duplicates. */

export const MEMBER_LIST_STATUSES = ['active', 'left', 'all', 'deleted'] as const;
export type MemberListStatus = (typeof MEMBER_LIST_STATUSES)[number];
export const MEMBER_ORDERS = ['ten-first', 'ho-first'] as const;
export type MemberOrder = (typeof MEMBER_ORDERS)[number];

export const memberFilter = z.object({
  /** Words in any order, each a prefix, without accents: name, phone, card number. */
  query: z.string().max(100).optional(),
  branchId: recordId.optional(),
  /** With the branch, its sub-branches at every level (the default). */
  includeSubBranches: z.boolean().default(true),
  /** The unit or any unit below it. */
  unitCode: unitCode.optional(),
  status: z.enum(MEMBER_LIST_STATUSES).default('active'),
  /** Members holding this position on `asOf`. */
  position: z.enum(POSITIONS).optional(),
  gender: z.enum(GENDERS).optional(),
  ethnicity: z.enum(ETHNICITY_CODES).optional(),
  memberType: z.enum(MEMBER_TYPES).optional(),
  joinedFrom: isoDate.optional(),
  joinedTo: isoDate.optional(),
  collaborator: z.boolean().optional(),
  volunteer: z.boolean().optional(),
  /** The day "active" and positions refer to; today in Vietnam when omitted. */
  asOf: isoDate.optional(),
});
export type MemberFilter = z.input<typeof memberFilter>;
export type ParsedMemberFilter = z.output<typeof memberFilter>;

export const memberListInput = memberFilter.extend({
  order: z.enum(MEMBER_ORDERS).default('ten-first'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type MemberListInput = z.input<typeof memberListInput>;

export const memberListItem = z.object({
  id: recordId,
  fullName: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  birthPrecision: z.enum(['day', 'year']).nullable(),
  branchName: z.string(),
  phone: z.string(),
  cardNumber: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  memberType: z.enum(MEMBER_TYPES),
  isCollaborator: z.boolean(),
  isVolunteer: z.boolean(),
  status: memberStatus,
});
export type MemberListItem = z.infer<typeof memberListItem>;

export const memberListOutput = z.object({
  asOf: z.string(),
  offset: z.number().int(),
  items: z.array(memberListItem),
  total: z.number().int(),
  /** True when a very broad search stopped counting at `total` (type more words to narrow it). */
  totalIsCapped: z.boolean(),
});
export type MemberListOutput = z.infer<typeof memberListOutput>;

export const duplicateInput = z.object({
  ho: z.string().max(120),
  dem: z.string().max(160),
  ten: z.string().max(300),
  birthDate: isoDate.nullable(),
  phone: z.string().max(40),
  cardNumber: z.string().max(60),
  /** The record being edited (never its own duplicate). */
  excludeId: recordId.optional(),
});

export const DUPLICATE_REASONS = ['name_birth_year', 'phone', 'card'] as const;
export const DUPLICATE_REASON_LABELS: Readonly<Record<(typeof DUPLICATE_REASONS)[number], string>> = {
  name_birth_year: 'cùng họ tên và năm sinh',
  phone: 'cùng số điện thoại',
  card: 'cùng số thẻ',
};

export const duplicateMatch = z.object({
  id: recordId,
  fullName: z.string(),
  birthDate: z.string().nullable(),
  birthPrecision: z.enum(['day', 'year']).nullable(),
  branchName: z.string(),
  deleted: z.boolean(),
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
});
export type DuplicateMatch = z.infer<typeof duplicateMatch>;

export const memberSummary = z.object({ year: z.number().int(), active: z.number().int(), newThisYear: z.number().int() });
