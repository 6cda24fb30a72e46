import { ETHNICITIES } from '../../../shared/data/ethnicities';
import { optionalEmail } from '../../../shared/schemas/common';
import { parseDateVi, searchKey } from '../../../shared/format';
import { MEMBER_TYPE_LABELS, MEMBER_TYPES, splitMemberName, type Gender, type MemberType } from '../../../shared/schemas/members';
import { isoOfExcelSerial } from '../lists/cell-values';
import type { RowReader } from '../lists/row-reader';
import { cellText, type SheetRow } from '../lists/sheet';

/** A member as read from one sheet row, before its branch and duplicates are resolved. */
export interface MemberRow {
  ho: string;
  dem: string;
  ten: string;
  gender: Gender | null;
  birthDate: string | null;
  birthPrecision: 'day' | 'year' | null;
  ethnicity: string | null;
  phone: string;
  email: string;
  address: string;
  branchName: string;
  joinedOn: string;
  cardNumber: string;
  occupation: string;
  memberType: MemberType;
  notes: string;
}

const folded = (text: string) => searchKey(text).replace(/[^a-z0-9]+/g, ' ').trim();
const GENDER_WORDS: Readonly<Record<string, Gender>> = { nam: 'nam', nu: 'nu', 'gioi tinh nam': 'nam', 'gioi tinh nu': 'nu' };
const TYPE_WORDS: Readonly<Record<string, MemberType>> = Object.fromEntries(MEMBER_TYPES.map((type) => [folded(MEMBER_TYPE_LABELS[type]), type]));
const ETHNICITY_WORDS: Readonly<Record<string, string>> = Object.fromEntries(ETHNICITIES.map((item) => [folded(item.name), item.code]));
/** "Tổng cộng", "Cộng", "Tổng số: 25 hội viên" … at the start of a row. */
const TOTALS = /^(tong cong|tong so|tong|cong)\b/;

/** A totals row after the data: its first non-empty cell (STT or name) starts with "Tổng"/"Cộng". */
export function isTotalsRow(row: SheetRow): boolean {
  const first = row.cells.map(cellText).find((text) => text.trim() !== '');
  return first !== undefined && TOTALS.test(folded(first));
}

/** "NGUYỄN VĂN AN" → "Nguyễn Văn An"; a name already in mixed case is kept as typed. */
export function tidyName(name: string): string {
  if (name !== name.toLocaleUpperCase('vi')) return name;
  return name
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}

/** Ngày sinh as dd/mm/yyyy text, a real date, an Excel serial number or a bare year. */
export function readBirth(read: RowReader): { birthDate: string | null; birthPrecision: 'day' | 'year' | null } {
  const text = read.text('birth');
  if (text === '') return { birthDate: null, birthPrecision: null };
  if (/^\d{5}$/.test(text)) {
    const iso = isoOfExcelSerial(Number(text));
    if (iso) return { birthDate: iso, birthPrecision: 'day' };
  }
  const parsed = parseDateVi(text);
  if (parsed.ok) return { birthDate: parsed.iso, birthPrecision: parsed.precision };
  const wrongShape = parsed.message.startsWith('Ngày phải');
  read.fail(wrongShape ? `Ngày sinh "${text}" không hợp lệ: ghi dạng dd/mm/yyyy hoặc chỉ ghi năm sinh, ví dụ 05/01/1980 hoặc 1980.` : `Ngày sinh "${text}" không hợp lệ: ${lowerFirst(parsed.message)}`);
  return { birthDate: null, birthPrecision: null };
}

function lowerFirst(message: string): string {
  const text = message.replace(/^Ngày không hợp lệ:\s*/, '');
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

function choice<T>(read: RowReader, key: string, words: Readonly<Record<string, T>>, message: (text: string) => string): T | null {
  const text = read.text(key);
  if (text === '') return null;
  const value = words[folded(text)];
  if (value === undefined) read.fail(message(text));
  return value ?? null;
}

export type NameParts = { ho: string; dem: string; ten: string };

/** "Nguyễn Văn" in a "Họ và đệm" column: the first word is the họ (the preview shows the split). */
function splitHoDem(hoDem: string): { ho: string; dem: string } {
  const [ho = '', ...dem] = hoDem.split(' ');
  return { ho, dem: dem.join(' ') };
}

const MISSING_TEN = 'Thiếu Tên: cột Tên của dòng này để trống, hãy ghi tên hội viên.';
const NO_NAME: NameParts = { ho: '', dem: '', ten: '' };

/** The name from the columns Họ / Họ và đệm / Chữ đệm / Tên, kept as the file splits it. */
function namePartsOf(read: RowReader, memberType: MemberType): NameParts | null {
  const hoDem = tidyName(read.text('hoDem', { max: 140 }));
  const written = { ho: tidyName(read.text('ho', { max: 60 })), dem: tidyName(read.text('dem', { max: 80 })), ten: tidyName(read.text('ten', { max: 150 })) };
  const parts = hoDem !== '' && written.ho === '' && written.dem === '' ? { ...written, ...splitHoDem(hoDem) } : written;
  if (parts.ho === '' && parts.dem === '' && parts.ten === '') return null;
  if (parts.ten === '') read.fail(MISSING_TEN);
  if (memberType === 'tap_the') return { ho: '', dem: '', ten: [parts.ho, parts.dem, parts.ten].filter((part) => part !== '').join(' ') };
  return parts;
}

/**
 * Whether the name is read from separate columns: a "Tên" column with a Họ (or Họ và đệm) column
 * beside it, or with no "Họ và tên" column. A file with "Họ và tên" and a "Tên" column only (kept
 * for sorting) is read from "Họ và tên", or the surname would be lost.
 */
function usesSplitColumns(read: RowReader): boolean {
  return read.mapped('ten') && (read.mapped('ho') || read.mapped('hoDem') || !read.mapped('fullName'));
}

/** The name split into họ, đệm, tên: from separate columns when the file has them, else from "Họ và tên". */
export function readName(read: RowReader, memberType: MemberType): NameParts {
  const split = usesSplitColumns(read);
  const separate = split ? namePartsOf(read, memberType) : null;
  if (separate) return separate;
  const fullName = read.text('fullName', { max: 200 });
  if (fullName === '') {
    read.fail(split ? MISSING_TEN : 'Thiếu Họ và tên: mỗi dòng cần họ và tên hội viên.');
    return NO_NAME;
  }
  return splitMemberName(tidyName(fullName), 1, memberType);
}

/** Ngày vào Hội is required for a member (shared/schemas/members.ts): say how to fix a blank one. */
function readJoinedOn(read: RowReader): string | null {
  if (!read.has('joinedOn')) {
    read.fail('Thiếu Ngày vào Hội: hội viên nào cũng cần ngày vào Hội. Hãy ghi ngày (dd/mm/yyyy) vào cột Ngày vào Hội trong tệp, rồi nhập lại các dòng lỗi.');
    return null;
  }
  return read.date('joinedOn');
}

/** One row: the member (null when the reader collected errors, each a Vietnamese sentence) and the name as split. */
export function readMemberRow(read: RowReader): { value: MemberRow | null; name: NameParts } {
  const memberType = choice(read, 'memberType', TYPE_WORDS, (text) => `Loại hội viên "${text}" không hợp lệ: ghi Cá nhân, Danh dự hoặc Tập thể.`) ?? 'ca_nhan';
  const name = readName(read, memberType);
  const gender = choice(read, 'gender', GENDER_WORDS, (text) => `Giới tính "${text}" không hợp lệ: ghi Nam hoặc Nữ.`);
  const ethnicity = choice(read, 'ethnicity', ETHNICITY_WORDS, (text) => `Dân tộc "${text}" không có trong danh mục 54 dân tộc.`);
  const birth = readBirth(read);
  const branchName = read.text('branch', { required: true, max: 200 });
  const joinedOn = readJoinedOn(read);
  const email = read.text('email', { max: 254 });
  if (email !== '' && !optionalEmail.safeParse(email).success) read.fail(`E-mail "${email}" không hợp lệ.`);
  const row = {
    ...name,
    gender,
    ...birth,
    ethnicity,
    phone: read.has('phone') ? read.phone('phone') : '',
    email,
    address: read.text('address', { max: 300 }),
    branchName,
    cardNumber: read.text('cardNumber', { max: 30 }),
    occupation: read.text('occupation', { max: 120 }),
    memberType,
    notes: read.text('notes', { max: 2000 }),
  };
  if (read.errors.length > 0 || joinedOn === null) return { value: null, name };
  return { value: { ...row, joinedOn }, name };
}
