/**
 * The members list of the generic Excel import (issue 7). Headers are the office's usual ones and
 * their variants; an STT column is simply not mapped. The export writes the same headers, so an
 * exported file imports back unchanged.
 */
import type { ColumnSpec, ListSpec } from './list-specs';
import { BRANCH_KINDS, type BranchKind } from './organization-kinds';

const col = (key: string, label: string, aliases: string[], required: boolean, kind: ColumnSpec['kind'] = 'text'): ColumnSpec => ({
  key,
  label,
  aliases,
  required,
  kind,
});

export const MEMBERS_LIST_SPEC: ListSpec = {
  type: 'members',
  title: 'Nhập danh sách hội viên',
  rowNoun: 'hội viên',
  policy: 'valid-rows',
  columns: [
    col('fullName', 'Họ và tên', ['Họ tên', 'Họ và tên hội viên', 'Tên hội viên', 'Họ, tên'], false),
    // The name already split in the file (domain.md §5.1): kept as the office wrote it.
    col('ho', 'Họ', ['Họ hội viên'], false),
    col('hoDem', 'Họ và đệm', ['Họ và tên đệm', 'Họ đệm', 'Họ và chữ đệm', 'Họ và tên lót', 'Họ lót'], false),
    col('dem', 'Chữ đệm', ['Tên đệm', 'Đệm', 'Chữ lót', 'Tên lót'], false),
    col('ten', 'Tên', ['Tên gọi'], false),
    col('gender', 'Giới tính', ['Nam/Nữ', 'Nam, Nữ', 'Phái'], false),
    col('birth', 'Ngày sinh', ['Năm sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Sinh ngày'], false, 'date'),
    col('ethnicity', 'Dân tộc', [], false),
    col('phone', 'Số điện thoại', ['SĐT', 'Điện thoại', 'ĐT', 'Số ĐT', 'Di động'], false, 'phone'),
    col('email', 'E-mail', ['Email', 'Thư điện tử'], false),
    col('address', 'Địa chỉ', ['Nơi ở', 'Nơi ở hiện nay', 'Địa chỉ thường trú'], false),
    col('branch', 'Chi hội', ['Đơn vị', 'Tổ chức Hội', 'Chi hội sinh hoạt', 'Tên chi hội', 'Sinh hoạt tại'], true),
    col('joinedOn', 'Ngày vào Hội', ['Ngày kết nạp', 'Ngày gia nhập', 'Ngày vào hội viên'], false, 'date'),
    col('cardNumber', 'Số thẻ hội viên', ['Số thẻ', 'Mã thẻ', 'Số thẻ HV'], false),
    col('occupation', 'Nghề nghiệp', ['Nghề nghiệp, lĩnh vực', 'Công việc', 'Lĩnh vực'], false),
    col('memberType', 'Loại hội viên', ['Loại HV'], false),
    col('notes', 'Ghi chú', [], false),
  ],
  options: [],
  requiredOneOf: [{ keys: ['fullName', 'ten'], label: 'Họ và tên (hoặc các cột Họ, Chữ đệm và Tên riêng)', hint: 'hoặc các cột Họ, Chữ đệm và Tên riêng' }],
};

/**
 * The option key that maps an unknown branch name of a file to an existing branch:
 * `chiHoi.` + a short hash of the folded name (option keys are at most 40 characters).
 */
export function branchOptionKey(foldedName: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < foldedName.length; at += 1) {
    hash ^= foldedName.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `chiHoi.${hash.toString(16).padStart(8, '0')}${foldedName.length.toString(16)}`;
}

/**
 * What the user chose for an unknown branch name, as the option's value: an existing branch's
 * id, or a new branch created by the import (its kind, founding date and parent; its name is the
 * file's, its administrative unit the parent's).
 */
export type BranchChoice =
  | { kind: 'existing'; branchId: string }
  | { kind: 'new'; branchKind: BranchKind; foundedOn: string; parentId: string };

const NEW_PREFIX = 'moi|';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function encodeBranchChoice(choice: BranchChoice): string {
  if (choice.kind === 'existing') return choice.branchId;
  return `${NEW_PREFIX}${choice.branchKind}|${choice.foundedOn}|${choice.parentId}`;
}

/** The choice in an option's value; null for an empty or malformed value. */
export function decodeBranchChoice(value: string | undefined): BranchChoice | null {
  if (value === undefined || value === '') return null;
  if (!value.startsWith(NEW_PREFIX)) return { kind: 'existing', branchId: value };
  const [branchKind = '', foundedOn = '', parentId = ''] = value.slice(NEW_PREFIX.length).split('|');
  const kind = BRANCH_KINDS.find((known) => known === branchKind);
  if (!kind || !ISO_DAY.test(foundedOn) || parentId === '') return null;
  return { kind: 'new', branchKind: kind, foundedOn, parentId };
}
