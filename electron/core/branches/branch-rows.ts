import { bareUnitName } from '../../../db/admin-unit-keys';
import { unitByCodeAt, unitsValidAt } from '../../../db/repositories/admin-units';
import type { AppDb } from '../../../db/types';
import { formatDate, searchKey } from '../../../shared/format';
import { optionalEmail } from '../../../shared/schemas/common';
import { BRANCH_KIND_LABELS, BRANCH_KINDS, type BranchKind } from '../../../shared/schemas/organization-kinds';
import type { RowReader } from '../lists/row-reader';
import { nameMismatch } from '../units/flag-import';

/** A branch as read from a sheet, before its parent and unit are resolved. */
export interface BranchRow {
  name: string;
  kind: BranchKind;
  parentName: string;
  unitCode: string | null;
  unitName: string;
  foundedOn: string;
  foundingDecisionNo: string;
  foundingDecisionDate: string | null;
  leaderName: string;
  leaderTitle: string;
  phone: string;
  email: string;
  address: string;
  notes: string;
}

const KIND_WORDS: Readonly<Record<string, BranchKind>> = {
  ...Object.fromEntries(BRANCH_KINDS.map((kind) => [searchKey(BRANCH_KIND_LABELS[kind]).replace(/[^a-z0-9]+/g, ' ').trim(), kind])),
  'hoi cap huyen': 'hoi_cap_huyen',
  'hoi huyen': 'hoi_cap_huyen',
  'hoi cap xa': 'hoi_cap_xa',
  'hoi xa': 'hoi_cap_xa',
  'mang lien ket': 'mang_lien_ket',
  clb: 'cau_lac_bo',
  'cau lac bo': 'cau_lac_bo',
  'chi hoi luat su': 'chi_hoi_luat_su',
  'chi hoi luat su hoi tham': 'chi_hoi_luat_su',
  khac: 'khac',
};

export function kindOfText(text: string): BranchKind | undefined {
  return KIND_WORDS[searchKey(text).replace(/[^a-z0-9]+/g, ' ').trim()];
}

export function readBranchRow(read: RowReader): BranchRow | null {
  const name = read.text('name', { required: true, max: 200 });
  const kindText = read.text('kind', { required: true });
  const kind = kindOfText(kindText);
  if (kindText !== '' && !kind) read.fail(`Loại "${kindText}" không hợp lệ: cần là một trong ${BRANCH_KINDS.map((item) => BRANCH_KIND_LABELS[item]).join('; ')}.`);
  const foundedOn = read.date('foundedOn', { required: true });
  const email = read.text('email', { max: 254 });
  if (email !== '' && !optionalEmail.safeParse(email).success) read.fail(`E-mail "${email}" không hợp lệ.`);
  const row = {
    name,
    parentName: read.text('parentName', { max: 200 }),
    unitCode: read.code('unitCode', { width: 5 }),
    unitName: read.text('unitName', { max: 100 }),
    foundingDecisionNo: read.text('foundingDecisionNo', { max: 60 }),
    foundingDecisionDate: read.date('foundingDecisionDate'),
    leaderName: read.text('leaderName', { max: 100 }),
    leaderTitle: read.text('leaderTitle', { max: 100 }),
    phone: read.phone('phone'),
    email,
    address: read.text('address', { max: 300 }),
    notes: read.text('notes', { max: 2000 }),
  };
  if (row.unitCode === null && row.unitName === '' && read.errors.length === 0) read.fail('Thiếu địa bàn: ghi Mã ĐVHC hoặc tên xã, phường, thị trấn.');
  if (read.errors.length > 0 || !kind || !foundedOn) return null;
  return { ...row, kind, foundedOn };
}

/** The unit code of a row on its founding date: by code, or by a name that matches exactly one unit. */
export function resolveUnit(db: AppDb, row: BranchRow): { code: string } | { error: string } {
  const day = formatDate(row.foundedOn);
  if (row.unitCode !== null) {
    if (!unitByCodeAt(db, row.unitCode, row.foundedOn)) return { error: `Mã ĐVHC ${row.unitCode} không có hiệu lực vào ngày thành lập ${day}.` };
    const mismatch = nameMismatch(db, row.unitCode, row.unitName, row.foundedOn, row.foundedOn);
    return mismatch ? { error: mismatch } : { code: row.unitCode };
  }
  const wanted = searchKey(row.unitName);
  const matches = unitsValidAt(db, row.foundedOn).filter((unit) => searchKey(unit.name) === wanted || searchKey(bareUnitName(unit.name, unit.kind)) === wanted);
  if (matches.length === 1 && matches[0]) return { code: matches[0].code };
  if (matches.length === 0) return { error: `Không có đơn vị hành chính tên "${row.unitName}" vào ngày ${day}.` };
  return { error: `Có ${matches.length} đơn vị tên "${row.unitName}" vào ngày ${day}: hãy ghi Mã ĐVHC.` };
}
