import { z } from 'zod';
import { BRANCH_KINDS, UNIT_FLAG_KINDS } from './organization-kinds';
import { dateText, isoDate, optionalEmail, optionalPhone, optionalText, recordId, requiredText } from './common';
import { optionalDateText } from './form-dates';
import { unitCode, unitLevel } from './units';

const branchKind = z.enum(BRANCH_KINDS, { message: 'Hãy chọn loại tổ chức.' });

const commonFields = {
  name: requiredText('Tên tổ chức', 200),
  kind: branchKind,
  parentId: recordId.nullable(),
  unitCode,
  foundingDecisionNo: optionalText('Số quyết định thành lập', 60),
  leaderName: optionalText('Người đứng đầu', 100),
  leaderTitle: optionalText('Chức vụ người đứng đầu', 100),
  phone: optionalPhone,
  email: optionalEmail,
  address: optionalText('Địa chỉ', 300),
  notes: optionalText('Ghi chú', 2000),
};

/** A branch as the core takes it (dates `YYYY-MM-DD`). */
export const branchFields = z.object({ ...commonFields, foundedOn: isoDate, foundingDecisionDate: isoDate.nullable() });
export type BranchValues = z.output<typeof branchFields>;

/** The same rules for the form, where dates are typed as dd/mm/yyyy. */
export const branchForm = z.object({
  ...commonFields,
  foundedOn: dateText('Ngày thành lập'),
  foundingDecisionDate: optionalDateText('Ngày quyết định'),
});
export type BranchFormValues = z.input<typeof branchForm>;

/** The details of a branch left blank: a new branch's form, and a branch created by a members import. */
export const emptyBranchDetails: Readonly<Pick<BranchValues, 'foundingDecisionNo' | 'leaderName' | 'leaderTitle' | 'phone' | 'email' | 'address' | 'notes'>> = {
  foundingDecisionNo: '',
  leaderName: '',
  leaderTitle: '',
  phone: '',
  email: '',
  address: '',
  notes: '',
};

export const flagSummary = z.object({
  kind: z.enum(UNIT_FLAG_KINDS),
  decision: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const branchChild = z.object({ id: recordId, name: z.string(), kind: branchKind, dissolvedOn: z.string().nullable() });

export const branchDto = z.object({
  id: recordId,
  name: z.string(),
  kind: branchKind,
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  unitCode: z.string(),
  unitName: z.string(),
  /** The unit and its ancestors on the founding date: "Xã Tân An, Huyện Yên Dũng, Tỉnh Bắc Giang". */
  unitPath: z.string(),
  unitLevel: unitLevel.nullable(),
  foundedOn: z.string(),
  foundingDecisionNo: z.string(),
  foundingDecisionDate: z.string().nullable(),
  dissolvedOn: z.string().nullable(),
  dissolutionReason: z.string(),
  leaderName: z.string(),
  leaderTitle: z.string(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  notes: z.string(),
  /** Computed: founded in a commune flagged especially difficult on the founding date. */
  foundedInDifficultCommune: z.boolean(),
  difficultFlags: z.array(flagSummary),
  children: z.array(branchChild),
  activeChildren: z.number().int(),
  updatedAt: z.string(),
});
export type BranchDto = z.infer<typeof branchDto>;

export const BRANCH_STATUSES = ['all', 'active', 'dissolved'] as const;
export type BranchStatus = (typeof BRANCH_STATUSES)[number];

export const branchFilter = z.object({
  query: z.string().max(100).optional(),
  kind: branchKind.optional(),
  /** The unit or any unit below it (any time). */
  unitCode: unitCode.optional(),
  foundedFrom: isoDate.optional(),
  foundedTo: isoDate.optional(),
  status: z.enum(BRANCH_STATUSES).default('all'),
  /** The day "active" and "dissolved" refer to; today in Vietnam when omitted. */
  asOf: isoDate.optional(),
});
export type BranchFilter = z.input<typeof branchFilter>;

export const branchListItem = z.object({
  id: recordId,
  name: z.string(),
  kind: branchKind,
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  unitCode: z.string(),
  unitName: z.string(),
  foundedOn: z.string(),
  dissolvedOn: z.string().nullable(),
  foundedInDifficultCommune: z.boolean(),
  activeChildren: z.number().int(),
});
export type BranchListItem = z.infer<typeof branchListItem>;

export const branchListOutput = z.object({ asOf: z.string(), items: z.array(branchListItem), total: z.number().int() });

export const branchTreeNode = branchListItem.extend({
  activeDescendants: z.number().int(),
  /** Members active on `asOf` recorded in this branch, and with every branch below it. */
  members: z.number().int(),
  membersWithSub: z.number().int(),
});
export type BranchTreeNode = z.infer<typeof branchTreeNode>;

export const branchTreeOutput = z.object({
  asOf: z.string(),
  nodes: z.array(branchTreeNode),
  totals: z.object({ active: z.number().int(), dissolved: z.number().int() }),
});

export const SUB_BRANCH_CHOICES = ['dissolve', 'moveUp'] as const;

export const dissolveInput = z.object({
  id: recordId,
  dissolvedOn: isoDate,
  reason: requiredText('Lý do giải thể', 500),
  /** What to do with sub-branches still active that day; without it the core asks (CONFLICT). */
  subBranches: z.enum(SUB_BRANCH_CHOICES).optional(),
});

export const dissolveForm = z.object({
  dissolvedOn: dateText('Ngày giải thể'),
  reason: requiredText('Lý do giải thể', 500),
});

export const historyEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  accountName: z.string().nullable(),
  method: z.string().nullable(),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const figuresInput = z.object({ from: isoDate, to: isoDate, asOf: isoDate.optional() });

export const figuresOutput = z.object({
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  byKindAndLevel: z.array(
    z.object({ kind: branchKind, level: z.union([unitLevel, z.literal('unknown')]), founded: z.number().int(), inDifficult: z.number().int() }),
  ),
  programmeOne: z.object({
    newCommuneBranches: z.number().int(),
    newCommuneBranchesInDifficult: z.number().int(),
    networksFounded: z.number().int(),
    clubsFounded: z.number().int(),
  }),
  activeAt: z.object({ total: z.number().int(), byKind: z.array(z.object({ kind: branchKind, count: z.number().int() })) }),
});
export type Figures = z.infer<typeof figuresOutput>;

export const byUnitInput = z.object({ from: isoDate, to: isoDate, groupAt: isoDate });

/** Branches founded in a period grouped by the unit their commune belongs to on `groupAt`. */
export const byUnitOutput = z.object({
  groupAt: z.string(),
  groups: z.array(
    z.object({
      unitCode: z.string().nullable(),
      unitName: z.string(),
      founded: z.number().int(),
      fromUnits: z.array(z.object({ code: z.string(), name: z.string(), founded: z.number().int() })),
    }),
  ),
});
