import { kindFromName, ADMIN_UNIT_KIND_WORDS } from '../../../db/admin-unit-keys';
import type { AdminUnitKind } from '../../../db/schema';
import { searchKey } from '../../../shared/format';
import type { RowReader } from '../lists/row-reader';

/** One row of a statistics-office unit list: a commune with its district (if any) and province. */
export interface UnitListRow {
  province: { code: string; name: string; kind: AdminUnitKind };
  /** Null for a commune directly under the province (after 1 July 2025). Name null: look it up by code. */
  district: { code: string; name: string | null; kind: AdminUnitKind | null } | null;
  commune: { code: string; name: string; kind: AdminUnitKind };
}

const COMMUNE_KINDS: Readonly<Record<string, AdminUnitKind>> = { xa: 'xa', phuong: 'phuong', 'thi tran': 'thi_tran', 'dac khu': 'dac_khu' };
const PROVINCE_KINDS: readonly AdminUnitKind[] = ['tinh', 'thanh_pho'];
const DISTRICT_KINDS: readonly AdminUnitKind[] = ['huyen', 'thi_xa', 'thanh_pho'];

function kindOf(read: RowReader, name: string, allowed: readonly AdminUnitKind[], words: string): AdminUnitKind | null {
  const kind = kindFromName(name);
  if (kind !== undefined && allowed.includes(kind)) return kind;
  read.fail(`Không nhận ra loại đơn vị của "${name}": tên cần bắt đầu bằng ${words}.`);
  return null;
}

/** Adds the kind word when the file gives the bare name ("Tân An" with Cấp "Xã" → "Xã Tân An"). */
function withKindWord(name: string, kind: AdminUnitKind): string {
  return kindFromName(name) === kind ? name : `${ADMIN_UNIT_KIND_WORDS[kind]} ${name}`;
}

function readDistrict(read: RowReader): UnitListRow['district'] | undefined {
  const name = read.text('districtName', { max: 100 });
  const code = read.code('districtCode', { width: 3 });
  if (code === null) {
    if (name !== '') read.fail('Có tên quận/huyện nhưng thiếu Mã QH.');
    return null;
  }
  if (name === '') return { code, name: null, kind: null };
  const kind = kindOf(read, name, DISTRICT_KINDS, 'Huyện, Thị xã hoặc Thành phố');
  return kind ? { code, name, kind } : undefined;
}

export function readUnitListRow(read: RowReader): UnitListRow | null {
  const provinceName = read.text('provinceName', { required: true, max: 100 });
  const provinceCode = read.code('provinceCode', { required: true, width: 2 });
  const district = readDistrict(read);
  const communeName = read.text('communeName', { required: true, max: 100 });
  const communeCode = read.code('communeCode', { required: true, width: 5 });
  const kindText = read.text('communeKind', { required: true });
  const communeKind = COMMUNE_KINDS[searchKey(kindText)];
  if (kindText !== '' && communeKind === undefined) read.fail(`Cấp "${kindText}" không hợp lệ: cần là Xã, Phường, Thị trấn hoặc Đặc khu.`);
  const provinceKind = provinceName === '' ? null : kindOf(read, provinceName, PROVINCE_KINDS, 'Tỉnh hoặc Thành phố');
  if (read.errors.length > 0 || !provinceCode || !communeCode || !communeKind || !provinceKind || district === undefined) return null;
  return {
    province: { code: provinceCode, name: provinceName, kind: provinceKind },
    district,
    commune: { code: communeCode, name: withKindWord(communeName, communeKind), kind: communeKind },
  };
}
