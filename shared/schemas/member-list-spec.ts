/**
 * The members list of the generic Excel import (issue 7). Headers are the office's usual ones and
 * their variants; an STT column is simply not mapped. The export writes the same headers, so an
 * exported file imports back unchanged.
 */
import type { ColumnSpec, ListSpec } from './list-specs';

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
    col('fullName', 'Họ và tên', ['Họ tên', 'Họ và tên hội viên', 'Tên hội viên', 'Họ, tên'], true),
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
