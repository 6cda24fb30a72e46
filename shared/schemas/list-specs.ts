/**
 * Column specs of the lists that can be imported from Excel (the generic pipeline in
 * electron/core/lists). One spec per list type: the canonical Vietnamese header of each column,
 * the header variants offices use, whether it is required, and how its cells are read. Exports
 * of the same lists use the same headers, so an exported file can be imported again.
 */
import { searchKey } from '../format';
import { MEMBERS_LIST_SPEC } from './member-list-spec';

export const LIST_TYPES = ['admin-units', 'unit-flags', 'unit-mappings', 'branches', 'members'] as const;
export type ListType = (typeof LIST_TYPES)[number];

export type CellKind = 'text' | 'code' | 'date' | 'phone';

export interface ColumnSpec {
  key: string;
  /** The header as the office writes it; matched without accents, case or punctuation. */
  label: string;
  aliases: readonly string[];
  required: boolean;
  kind: CellKind;
}

/** A value asked once for the whole file (e.g. the effective date of a unit list). */
export interface OptionSpec {
  key: string;
  label: string;
  kind: 'date' | 'text';
  required: boolean;
  description?: string;
}

export interface ListSpec {
  type: ListType;
  /** "Nhập danh mục đơn vị hành chính" … */
  title: string;
  /** What one row is, for counts: "đơn vị", "tổ chức". */
  rowNoun: string;
  /** 'all-or-nothing': the file is a complete list, so any row error blocks the import. */
  policy: 'valid-rows' | 'all-or-nothing';
  columns: readonly ColumnSpec[];
  options: readonly OptionSpec[];
  /**
   * Columns of which at least one must be in the file (e.g. the full name, or the name split
   * into họ, đệm and tên); `label` names the choice in messages, `hint` the alternative to the first column.
   */
  requiredOneOf?: readonly { keys: readonly string[]; label: string; hint: string }[];
}

const col = (key: string, label: string, aliases: string[], required: boolean, kind: CellKind = 'text'): ColumnSpec => ({
  key,
  label,
  aliases,
  required,
  kind,
});

const ADMIN_UNITS: ListSpec = {
  type: 'admin-units',
  title: 'Nhập danh mục đơn vị hành chính',
  rowNoun: 'dòng',
  policy: 'all-or-nothing',
  columns: [
    col('provinceName', 'Tỉnh Thành Phố', ['Tỉnh', 'Tên tỉnh', 'Tỉnh thành phố trực thuộc trung ương'], true),
    col('provinceCode', 'Mã TP', ['Mã tỉnh', 'Mã tỉnh thành phố'], true, 'code'),
    col('districtName', 'Quận Huyện', ['Huyện', 'Tên huyện', 'Quận huyện thị xã', 'Quận huyện thị xã thành phố'], false),
    col('districtCode', 'Mã QH', ['Mã huyện', 'Mã quận huyện'], false, 'code'),
    col('communeName', 'Phường Xã', ['Xã', 'Tên xã', 'Xã phường thị trấn', 'Phường xã thị trấn', 'Xã phường đặc khu'], true),
    col('communeCode', 'Mã PX', ['Mã xã', 'Mã phường xã'], true, 'code'),
    col('communeKind', 'Cấp', ['Loại', 'Cấp hành chính', 'Loại đơn vị'], true),
  ],
  options: [
    { key: 'effectiveDate', label: 'Ngày hiệu lực của danh mục', kind: 'date', required: true, description: 'Danh mục đúng vào ngày này: đơn vị mới được thêm, đơn vị không còn trong tệp kết thúc hiệu lực từ ngày này, đơn vị đổi tên có phiên bản mới.' },
    { key: 'decision', label: 'Văn bản căn cứ', kind: 'text', required: false, description: 'Ví dụ Nghị quyết 1658/NQ-UBTVQH15.' },
  ],
};

const UNIT_FLAGS: ListSpec = {
  type: 'unit-flags',
  title: 'Nhập danh sách xã khu vực III, xã đặc biệt khó khăn',
  rowNoun: 'xã',
  policy: 'valid-rows',
  columns: [
    col('unitCode', 'Mã xã', ['Mã PX', 'Mã đơn vị', 'Mã ĐVHC', 'Mã phường xã'], true, 'code'),
    col('unitName', 'Tên xã', ['Phường Xã', 'Xã', 'Tên đơn vị', 'Xã phường thị trấn'], false),
    col('kind', 'Loại', ['Loại địa bàn', 'Khu vực'], false),
    col('validFrom', 'Từ ngày', ['Ngày bắt đầu', 'Hiệu lực từ', 'Áp dụng từ'], true, 'date'),
    col('validTo', 'Đến ngày', ['Ngày kết thúc', 'Hiệu lực đến', 'Áp dụng đến'], false, 'date'),
    col('decision', 'Quyết định', ['Số quyết định', 'Văn bản', 'Căn cứ', 'Văn bản căn cứ'], true),
  ],
  options: [],
};

const UNIT_MAPPINGS: ListSpec = {
  type: 'unit-mappings',
  title: 'Nhập bảng chuyển đổi đơn vị hành chính',
  rowNoun: 'dòng',
  policy: 'valid-rows',
  columns: [
    col('oldCode', 'Mã xã cũ', ['Mã cũ', 'Mã ĐVHC cũ', 'Mã PX cũ'], true, 'code'),
    col('oldName', 'Tên xã cũ', ['Tên cũ', 'Đơn vị cũ'], false),
    col('newCode', 'Mã xã mới', ['Mã mới', 'Mã ĐVHC mới', 'Mã PX mới'], true, 'code'),
    col('newName', 'Tên xã mới', ['Tên mới', 'Đơn vị mới'], false),
    col('validFrom', 'Ngày hiệu lực', ['Từ ngày', 'Hiệu lực từ'], false, 'date'),
    col('decision', 'Quyết định', ['Nghị quyết', 'Văn bản', 'Số nghị quyết', 'Văn bản căn cứ'], false),
    col('decisionDate', 'Ngày quyết định', ['Ngày ban hành', 'Ngày nghị quyết'], false, 'date'),
  ],
  options: [
    { key: 'validFrom', label: 'Ngày hiệu lực (cho các dòng để trống)', kind: 'date', required: false },
    { key: 'decision', label: 'Văn bản căn cứ (cho các dòng để trống)', kind: 'text', required: false },
    { key: 'decisionDate', label: 'Ngày ban hành văn bản (cho các dòng để trống)', kind: 'date', required: false },
  ],
};

const BRANCHES: ListSpec = {
  type: 'branches',
  title: 'Nhập danh sách tổ chức Hội',
  rowNoun: 'tổ chức',
  policy: 'valid-rows',
  columns: [
    col('name', 'Tên tổ chức', ['Tên chi hội', 'Tên', 'Tổ chức Hội', 'Tên tổ chức Hội'], true),
    col('kind', 'Loại', ['Loại tổ chức', 'Loại hình'], true),
    col('parentName', 'Trực thuộc', ['Cấp trên', 'Tổ chức cấp trên', 'Thuộc'], false),
    col('unitCode', 'Mã ĐVHC', ['Mã xã', 'Mã đơn vị hành chính', 'Mã địa bàn', 'Mã PX'], false, 'code'),
    col('unitName', 'Địa bàn', ['Xã', 'Xã phường thị trấn', 'Đơn vị hành chính', 'Tên xã'], false),
    col('foundedOn', 'Ngày thành lập', ['Thành lập ngày', 'Ngày TL'], true, 'date'),
    col('foundingDecisionNo', 'Số quyết định', ['Số QĐ', 'Quyết định thành lập', 'Số QĐ thành lập'], false),
    col('foundingDecisionDate', 'Ngày quyết định', ['Ngày QĐ', 'Ngày ký quyết định'], false, 'date'),
    col('leaderName', 'Người đứng đầu', ['Chủ tịch', 'Chi hội trưởng', 'Trưởng', 'Họ tên người đứng đầu'], false),
    col('leaderTitle', 'Chức vụ', ['Chức vụ người đứng đầu'], false),
    col('phone', 'Điện thoại', ['Số điện thoại', 'SĐT', 'ĐT'], false, 'phone'),
    col('email', 'E-mail', ['Email', 'Thư điện tử'], false),
    col('address', 'Địa chỉ', [], false),
    col('notes', 'Ghi chú', [], false),
  ],
  options: [],
};

export const LIST_SPECS: Readonly<Record<ListType, ListSpec>> = {
  'admin-units': ADMIN_UNITS,
  'unit-flags': UNIT_FLAGS,
  'unit-mappings': UNIT_MAPPINGS,
  branches: BRANCHES,
  members: MEMBERS_LIST_SPEC,
};

/** Header text reduced for matching: no accents, no case, punctuation as spaces, "(*)" dropped. */
export function headerKey(text: string): string {
  return searchKey(text.replace(/\(\s*\*\s*\)|\*/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
