import { z } from 'zod';
import { ETHNICITY_CODES } from '../data/ethnicities';
import { normalizeText, parseDateVi } from '../format';
import { dateText, isoDate, optionalEmail, optionalPhone, optionalText, recordId, requiredText } from './common';
import { optionalDateText } from './form-dates';
import { unitCode } from './units';

/** Members (hội viên), issue 6: the record, its form and what the core returns. */

export const MEMBER_TYPES = ['ca_nhan', 'danh_du', 'tap_the'] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];
export const MEMBER_TYPE_LABELS: Readonly<Record<MemberType, string>> = { ca_nhan: 'Cá nhân', danh_du: 'Danh dự', tap_the: 'Tập thể' };

export const GENDERS = ['nam', 'nu'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Readonly<Record<Gender, string>> = { nam: 'Nam', nu: 'Nữ' };

export const BIRTH_PRECISIONS = ['day', 'year'] as const;

const memberType = z.enum(MEMBER_TYPES, { message: 'Hãy chọn loại hội viên.' });
const gender = z.enum(GENDERS, { message: 'Hãy chọn giới tính.' });
const ethnicity = z.enum(ETHNICITY_CODES, { message: 'Hãy chọn dân tộc trong danh sách.' });
const branchId = z.string({ message: 'Hãy chọn chi hội.' }).min(1, { message: 'Hãy chọn chi hội.' }).max(64);

/** The record as the core takes it: name parts already confirmed, dates `YYYY-MM-DD`. */
export const memberValues = z.object({
  ho: optionalText('Họ', 60),
  dem: optionalText('Chữ đệm', 80),
  ten: requiredText('Tên', 150),
  gender: gender.nullable(),
  birthDate: isoDate.nullable(),
  birthPrecision: z.enum(BIRTH_PRECISIONS).nullable(),
  ethnicity: ethnicity.nullable(),
  phone: optionalPhone,
  email: optionalEmail,
  address: optionalText('Địa chỉ', 300),
  unitCode: unitCode.nullable(),
  branchId,
  joinedOn: isoDate,
  leftOn: isoDate.nullable(),
  leftReason: optionalText('Lý do thôi sinh hoạt', 300),
  memberType,
  occupation: optionalText('Nghề nghiệp, lĩnh vực', 120),
  isCollaborator: z.boolean(),
  isVolunteer: z.boolean(),
  cardNumber: optionalText('Số thẻ hội viên', 30),
  cardIssuedOn: isoDate.nullable(),
  notes: optionalText('Ghi chú', 2000),
});
export type MemberValues = z.output<typeof memberValues>;

interface CrossFields {
  joinedOn: string | null;
  leftOn: string | null;
  leftReason: string;
  cardIssuedOn: string | null;
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** Rules between fields, shared by the form and the core. Paths are the core's field names. */
export function memberCrossProblems(values: CrossFields): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const { joinedOn, leftOn } = values;
  if (joinedOn && leftOn && leftOn < joinedOn) {
    problems.push({ path: 'leftOn', message: `Ngày thôi sinh hoạt (${dmy(leftOn)}) không được trước ngày vào Hội (${dmy(joinedOn)}).` });
  }
  if (leftOn && values.leftReason === '') problems.push({ path: 'leftReason', message: 'Hãy ghi lý do thôi sinh hoạt.' });
  if (!leftOn && values.leftReason !== '') problems.push({ path: 'leftOn', message: 'Hãy ghi ngày thôi sinh hoạt, hoặc xóa lý do thôi.' });
  if (values.cardIssuedOn && joinedOn && values.cardIssuedOn < joinedOn) {
    problems.push({ path: 'cardIssuedOn', message: 'Ngày cấp thẻ không được trước ngày vào Hội.' });
  }
  return problems;
}

/** Rules that need today's date (in Vietnam), checked by the form and again by the core. */
export function memberDateProblems(values: { birthDate: string | null; birthPrecision: string | null; joinedOn: string | null }, today: string) {
  const problems: { path: string; message: string }[] = [];
  const { birthDate } = values;
  if (birthDate && values.birthPrecision === 'year' && birthDate.slice(0, 4) > today.slice(0, 4)) {
    problems.push({ path: 'birthDate', message: `Năm sinh ${birthDate.slice(0, 4)} chưa đến: năm sinh không được sau năm nay.` });
  } else if (birthDate && birthDate > today) {
    problems.push({ path: 'birthDate', message: `Ngày sinh ${dmy(birthDate)} chưa đến: ngày sinh không được sau hôm nay.` });
  }
  if (problems.length === 0 && birthDate && values.joinedOn && birthDate > values.joinedOn) {
    problems.push({ path: 'joinedOn', message: 'Ngày vào Hội không được trước ngày sinh.' });
  }
  return problems;
}

export const memberFields = memberValues.superRefine((values, context) => {
  for (const problem of memberCrossProblems(values)) context.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
});
export const memberUpdate = memberValues.extend({ id: recordId }).superRefine((values, context) => {
  for (const problem of memberCrossProblems(values)) context.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
});

/**
 * The full name split into họ, đệm, tên (domain.md §5.1). `surnameWords` is how many words the
 * surname has (2 for a double surname such as Tôn Nữ or Âu Dương); a collective member's name is
 * kept whole as its tên.
 */
export function splitMemberName(fullName: string, surnameWords: 1 | 2, type: MemberType): { ho: string; dem: string; ten: string } {
  const words = normalizeText(fullName).split(' ').filter((word) => word !== '');
  if (type === 'tap_the') return { ho: '', dem: '', ten: words.join(' ') };
  if (words.length <= 1) return { ho: '', dem: '', ten: words[0] ?? '' };
  const hoCount = surnameWords === 2 && words.length >= 3 ? 2 : 1;
  return { ho: words.slice(0, hoCount).join(' '), dem: words.slice(hoCount, -1).join(' '), ten: words[words.length - 1] ?? '' };
}

/** Ngày sinh typed as dd/mm/yyyy or the year alone. */
export function birthText() {
  return z.string().transform((text, context) => {
    if (text.trim() === '') return { birthDate: null, birthPrecision: null };
    const parsed = parseDateVi(text);
    if (!parsed.ok) {
      const wrongShape = parsed.message.startsWith('Ngày phải');
      context.addIssue({ code: 'custom', message: wrongShape ? 'Ngày sinh phải có dạng dd/mm/yyyy, hoặc chỉ ghi năm sinh, ví dụ 05/01/1980 hoặc 1980.' : parsed.message });
      return z.NEVER;
    }
    return { birthDate: parsed.iso, birthPrecision: parsed.precision };
  });
}

const choice = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(() => null), schema]);

/** The member form as typed (dates dd/mm/yyyy), validated as you type; gives `memberValues`. */
export function memberForm(today: string) {
  return z
    .object({
      fullName: requiredText('Họ và tên', 200),
      surnameWords: z.enum(['1', '2']),
      gender: choice(gender),
      birth: birthText(),
      ethnicity: choice(ethnicity),
      phone: optionalPhone,
      email: optionalEmail,
      address: optionalText('Địa chỉ', 300),
      unitCode: choice(unitCode),
      branchId,
      joinedOn: dateText('Ngày vào Hội'),
      leftOn: optionalDateText('Ngày thôi sinh hoạt'),
      leftReason: optionalText('Lý do thôi sinh hoạt', 300),
      memberType,
      occupation: optionalText('Nghề nghiệp, lĩnh vực', 120),
      isCollaborator: z.boolean(),
      isVolunteer: z.boolean(),
      cardNumber: optionalText('Số thẻ hội viên', 30),
      cardIssuedOn: optionalDateText('Ngày cấp thẻ'),
      notes: optionalText('Ghi chú', 2000),
    })
    .transform(({ fullName, surnameWords, birth, ...rest }) => ({
      ...splitMemberName(fullName, surnameWords === '2' ? 2 : 1, rest.memberType),
      ...rest,
      ...birth,
    }))
    .superRefine((values, context) => {
      const problems = [...memberCrossProblems(values), ...memberDateProblems(values, today)];
      for (const problem of problems) context.addIssue({ code: 'custom', path: [FORM_PATHS[problem.path] ?? problem.path], message: problem.message });
    });
}
export type MemberFormValues = z.input<ReturnType<typeof memberForm>>;

/** Where the core's field names show in the form. */
export const FORM_PATHS: Readonly<Record<string, string>> = { ho: 'fullName', dem: 'fullName', ten: 'fullName', birthDate: 'birth', birthPrecision: 'birth' };

export const memberStatus = z.enum(['active', 'left', 'deleted']);
export type MemberStatus = z.infer<typeof memberStatus>;

export const memberDto = memberValues.extend({
  id: recordId,
  fullName: z.string(),
  branchName: z.string(),
  unitName: z.string(),
  status: memberStatus,
  deletedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type MemberDto = z.infer<typeof memberDto>;

export const memberRef = z.object({ id: recordId });
export const memberDeleted = z.object({ id: recordId, fullName: z.string(), deletedAt: z.string() });
