import { z } from 'zod';
import { ETHNICITY_CODES } from '../data/ethnicities';
import { parseDateVi } from '../format';
import { dateText, isoDate, optionalText, recordId } from './common';
import { GENDERS } from './members';

/** Positions with their terms, dues (hội phí) and the figures the reports quote. */

export const POSITIONS = [
  'chu_tich',
  'pho_chu_tich',
  'uy_vien_ban_thuong_vu',
  'uy_vien_ban_chap_hanh',
  'truong_ban_kiem_tra',
  'uy_vien_ban_kiem_tra',
  'chi_hoi_truong',
  'chi_hoi_pho',
  'khac',
] as const;
export type Position = (typeof POSITIONS)[number];
/** In the order the leadership is listed. */
export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  chu_tich: 'Chủ tịch',
  pho_chu_tich: 'Phó Chủ tịch',
  uy_vien_ban_thuong_vu: 'Ủy viên Ban Thường vụ',
  uy_vien_ban_chap_hanh: 'Ủy viên Ban Chấp hành',
  truong_ban_kiem_tra: 'Trưởng Ban Kiểm tra',
  uy_vien_ban_kiem_tra: 'Ủy viên Ban Kiểm tra',
  chi_hoi_truong: 'Chi hội trưởng',
  chi_hoi_pho: 'Chi hội phó',
  khac: 'Chức vụ khác',
};

const dmy = (iso: string) => iso.split('-').reverse().join('/');

const positionValues = z.object({
  memberId: recordId,
  position: z.enum(POSITIONS, { message: 'Hãy chọn chức vụ.' }),
  /** The title when the position is "khác" (e.g. "Chánh Văn phòng"). */
  title: optionalText('Tên chức vụ', 120),
  branchId: z.string({ message: 'Hãy chọn tổ chức Hội nơi giữ chức vụ.' }).min(1, { message: 'Hãy chọn tổ chức Hội nơi giữ chức vụ.' }).max(64),
  fromDate: isoDate,
  toDate: isoDate.nullable(),
  notes: optionalText('Ghi chú', 500),
});

export function positionProblems(values: { position: string; title: string; fromDate: string | null; toDate: string | null }) {
  const problems: { path: string; message: string }[] = [];
  if (values.fromDate && values.toDate && values.toDate < values.fromDate) {
    problems.push({ path: 'toDate', message: `Nhiệm kỳ kết thúc (${dmy(values.toDate)}) trước khi bắt đầu (${dmy(values.fromDate)}): hãy sửa ngày kết thúc.` });
  }
  if (values.position === 'khac' && values.title === '') problems.push({ path: 'title', message: 'Hãy ghi tên chức vụ.' });
  return problems;
}

export const positionFields = positionValues.extend({ id: recordId.optional() }).superRefine((values, context) => {
  for (const problem of positionProblems(values)) context.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
});

/** A term boundary typed as dd/mm/yyyy or a year alone: 2024 starts on 01/01, 2029 ends on 31/12. */
export function termDateText(label: string, edge: 'start' | 'end', required: boolean) {
  return z.string().transform((text, context) => {
    if (text.trim() === '') {
      if (required) context.addIssue({ code: 'custom', message: `${label} không được để trống.` });
      return required ? z.NEVER : null;
    }
    const parsed = parseDateVi(text);
    if (!parsed.ok) {
      context.addIssue({ code: 'custom', message: `${label}: ${parsed.message.startsWith('Ngày phải') ? 'ghi ngày dd/mm/yyyy hoặc chỉ ghi năm, ví dụ 2024.' : parsed.message}` });
      return z.NEVER;
    }
    return parsed.precision === 'year' && edge === 'end' ? `${parsed.iso.slice(0, 4)}-12-31` : parsed.iso;
  });
}

export const positionForm = z
  .object({
    position: z.enum(POSITIONS, { message: 'Hãy chọn chức vụ.' }),
    title: optionalText('Tên chức vụ', 120),
    branchId: positionValues.shape.branchId,
    fromDate: termDateText('Từ ngày', 'start', true).pipe(z.string()),
    toDate: termDateText('Đến ngày', 'end', false),
    notes: optionalText('Ghi chú', 500),
  })
  .superRefine((values, context) => {
    for (const problem of positionProblems(values)) context.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });

export const positionDto = positionValues.extend({ id: recordId, memberName: z.string(), branchName: z.string() });
export type PositionDto = z.infer<typeof positionDto>;

export const leadershipInput = z.object({ date: isoDate, branchId: recordId.optional() });

// --- dues (hội phí) -------------------------------------------------------------------------

export const duesYear = z.number({ message: 'Hãy ghi năm.' }).int().min(1990, { message: 'Năm phải từ 1990 trở đi.' }).max(2100, { message: 'Năm phải trước 2100.' });
export const duesAmount = z
  .number({ message: 'Số tiền phải là số.' })
  .int({ message: 'Số tiền tính bằng đồng, không có phần lẻ.' })
  .min(0, { message: 'Số tiền không được âm.' })
  .max(100_000_000, { message: 'Số tiền quá lớn (tối đa 100.000.000 đồng).' });

export const duesFields = z.object({ id: recordId.optional(), memberId: recordId, year: duesYear, amount: duesAmount, paidOn: isoDate, notes: optionalText('Ghi chú', 300) });
export const duesDto = z.object({ id: recordId, memberId: recordId, year: z.number().int(), amount: z.number().int(), paidOn: z.string(), notes: z.string() });
export type DuesDto = z.infer<typeof duesDto>;

const pageRange = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

const sheetOf = { branchId: recordId, year: duesYear, includeSubBranches: z.boolean().default(true) };
/** A page of the grid "collect dues for a branch for a year" (the grid scrolls through pages). */
export const duesSheetInput = z.object({ ...sheetOf, ...pageRange });
export const duesSheetRow = z.object({ memberId: recordId, fullName: z.string(), branchName: z.string(), paid: duesDto.nullable() });
export type DuesSheetRow = z.infer<typeof duesSheetRow>;
/** `total`: the sheet's members; `unpaid`: those of them without the year's dues. */
export const duesSheetOutput = z.object({ year: z.number().int(), total: z.number().int(), unpaid: z.number().int(), rows: z.array(duesSheetRow) });
/** "Chọn tất cả chưa nộp": the ids of every member of the sheet without the year's dues. */
export const duesUnpaidInput = z.object(sheetOf);
export const duesUnpaidOutput = z.object({ year: z.number().int(), memberIds: z.array(recordId) });

/**
 * The most entries one `members.dues.collect` call (one transaction) accepts. The grid saves in
 * smaller batches, one call each, however many members are ticked (docs/decisions.md, Members).
 */
export const DUES_COLLECT_MAX = 5000;
export const duesCollectInput = z.object({
  year: duesYear,
  paidOn: isoDate,
  entries: z.array(z.object({ memberId: recordId, amount: duesAmount })).min(1, { message: 'Hãy đánh dấu ít nhất một hội viên đã nộp.' }).max(DUES_COLLECT_MAX),
});
/**
 * Why a ticked member was not written: the record was deleted (or purged) since it was ticked, or
 * the member no longer belongs to the year (joined after it, left before it). Their ticks are
 * dropped, so the rest of the batch is not refused for them.
 */
export const DUES_SKIP_REASONS = ['deleted', 'notDuringYear'] as const;
export const duesSkipped = z.object({ memberId: recordId, fullName: z.string().nullable(), reason: z.enum(DUES_SKIP_REASONS) });
export type DuesSkipped = z.infer<typeof duesSkipped>;
export const duesCollectOutput = z.object({ saved: z.number().int(), alreadyPaid: z.number().int(), skipped: z.array(duesSkipped) });

export const arrearsInput = z.object({
  year: duesYear,
  branchId: recordId.optional(),
  includeSubBranches: z.boolean().default(true),
  ...pageRange,
});
export const arrearsOutput = z.object({
  year: z.number().int(),
  total: z.number().int(),
  items: z.array(z.object({ memberId: recordId, fullName: z.string(), branchName: z.string(), phone: z.string(), lastPaidYear: z.number().int().nullable() })),
});

export const duesTotalsOutput = z.object({
  year: z.number().int(),
  amount: z.number().int(),
  payers: z.number().int(),
  byBranch: z.array(z.object({ branchId: recordId, branchName: z.string(), amount: z.number().int(), payers: z.number().int() })),
});

// --- figures for the reports ----------------------------------------------------------------

export const memberFiguresInput = z.object({ from: isoDate, to: isoDate, asOf: isoDate.optional() });

const countRow = z.number().int();
export const memberFiguresOutput = z.object({
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  newMembers: z.object({
    total: countRow,
    byBranch: z.array(z.object({ branchId: recordId, branchName: z.string(), count: countRow })),
    byUnit: z.array(z.object({ unitCode: z.string().nullable(), unitName: z.string(), count: countRow })),
    byGender: z.array(z.object({ gender: z.enum(GENDERS).nullable(), count: countRow })),
    byEthnicity: z.array(z.object({ ethnicity: z.enum(ETHNICITY_CODES).nullable(), name: z.string(), count: countRow })),
  }),
  activeAt: countRow,
});
export type MemberFigures = z.infer<typeof memberFiguresOutput>;

/** Money typed as "50.000" or "50000" (đồng): dots and spaces between thousands are allowed. */
export function moneyText(label: string) {
  return z.string().transform((text, context) => {
    const digits = text.replace(/[.\s]/g, '');
    if (!/^\d{1,9}$/.test(digits)) {
      context.addIssue({ code: 'custom', message: `${label} phải là số đồng, ví dụ 50.000.` });
      return z.NEVER;
    }
    return Number(digits);
  }).pipe(duesAmount);
}

export const duesForm = z.object({
  year: z.string().transform((text, context) => {
    if (!/^\d{4}$/.test(text.trim())) {
      context.addIssue({ code: 'custom', message: 'Năm phải có 4 chữ số, ví dụ 2025.' });
      return z.NEVER;
    }
    return Number(text.trim());
  }).pipe(duesYear),
  amount: moneyText('Số tiền'),
  paidOn: dateText('Ngày nộp'),
  notes: optionalText('Ghi chú', 300),
});
