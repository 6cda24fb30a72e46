import { flagsValidAt } from '../../../db/repositories/admin-unit-flags';
import { unitsValidAt } from '../../../db/repositories/admin-units';
import type { AdminUnit } from '../../../db/schema';
import { formatDate, todayInVietnam } from '../../../shared/format';
import { LIST_SPECS } from '../../../shared/schemas/list-specs';
import { DIFFICULT_FLAG_KINDS, UNIT_FLAG_LABELS } from '../../../shared/schemas/organization-kinds';
import type { SavedFile } from '../../../shared/schemas/lists';
import type { FlagDto } from '../../../shared/schemas/units';
import { offerWorkbook } from '../lists/export-file';
import type { ExportColumn } from '../lists/workbook-writer';
import type { HandlerContext } from '../types';
import { flagDtos } from './flags';

const COMMUNE_KIND_WORDS: Readonly<Partial<Record<AdminUnit['kind'], string>>> = { xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn', dac_khu: 'Đặc khu' };

interface CommuneLine {
  commune: AdminUnit;
  district: AdminUnit | undefined;
  province: AdminUnit | undefined;
  flags: string;
}

function label(key: string): string {
  return LIST_SPECS['admin-units'].columns.find((column) => column.key === key)?.label ?? key;
}

const UNIT_COLUMNS: ExportColumn<CommuneLine>[] = [
  { header: label('provinceName'), kind: 'text', width: 18, value: (line) => line.province?.name ?? '' },
  { header: label('provinceCode'), kind: 'code', width: 8, value: (line) => line.province?.code ?? '' },
  { header: label('districtName'), kind: 'text', width: 24, value: (line) => line.district?.name ?? '' },
  { header: label('districtCode'), kind: 'code', width: 8, value: (line) => line.district?.code ?? '' },
  { header: label('communeName'), kind: 'text', width: 26, value: (line) => line.commune.name },
  { header: label('communeCode'), kind: 'code', width: 9, value: (line) => line.commune.code },
  { header: label('communeKind'), kind: 'text', width: 10, value: (line) => COMMUNE_KIND_WORDS[line.commune.kind] ?? '' },
  { header: 'Hiệu lực từ', kind: 'date', value: (line) => line.commune.validFrom },
  { header: 'Hiệu lực đến', kind: 'date', value: (line) => line.commune.validTo },
  { header: 'Địa bàn khó khăn', kind: 'text', width: 40, value: (line) => line.flags },
];

/** The communes valid on a date in the statistics office's layout (importable again). */
export function exportUnits(context: HandlerContext, input: { asOf?: string | undefined }): Promise<SavedFile> {
  const asOf = input.asOf ?? todayInVietnam(context.now());
  const units = unitsValidAt(context.db, asOf);
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const communes = units.filter((unit) => unit.level === 'commune');
  const flags = flagsValidAt(context.db, communes.map((unit) => unit.code), asOf).filter((flag) => DIFFICULT_FLAG_KINDS.includes(flag.kind));
  const lines = communes.map((commune): CommuneLine => {
    const parent = commune.parentCode ? byCode.get(commune.parentCode) : undefined;
    const district = parent?.level === 'district' ? parent : undefined;
    const province = district?.parentCode ? byCode.get(district.parentCode) : parent;
    const own = flags.filter((flag) => flag.unitCode === commune.code).map((flag) => `${UNIT_FLAG_LABELS[flag.kind]} (${flag.decision})`);
    return { commune, district, province, flags: own.join('; ') };
  });
  const key = (line: CommuneLine) => `${line.district?.sortKey ?? ''}|${line.commune.sortKey}`;
  lines.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return offerWorkbook(context, `Danh mục đơn vị hành chính ngày ${formatDate(asOf).replaceAll('/', '-')}`, { name: 'Đơn vị hành chính', columns: UNIT_COLUMNS, rows: lines });
}

function flagLabel(key: string): string {
  return LIST_SPECS['unit-flags'].columns.find((column) => column.key === key)?.label ?? key;
}

const FLAG_COLUMNS: ExportColumn<FlagDto>[] = [
  { header: flagLabel('unitCode'), kind: 'code', value: (flag) => flag.unitCode },
  { header: flagLabel('unitName'), kind: 'text', value: (flag) => flag.unitName },
  { header: flagLabel('kind'), kind: 'text', width: 22, value: (flag) => UNIT_FLAG_LABELS[flag.kind] },
  { header: flagLabel('validFrom'), kind: 'date', value: (flag) => flag.validFrom },
  { header: flagLabel('validTo'), kind: 'date', value: (flag) => flag.validTo },
  { header: flagLabel('decision'), kind: 'text', width: 30, value: (flag) => flag.decision },
];

/** The flags on screen, in the layout the flag import reads. */
export function exportFlags(context: HandlerContext, input: { unitCode?: string | undefined; asOf?: string | undefined; query?: string | undefined }): Promise<SavedFile> {
  const rows = flagDtos(context.db, input);
  return offerWorkbook(context, 'Xã khu vực III, xã đặc biệt khó khăn', { name: 'Địa bàn khó khăn', columns: FLAG_COLUMNS, rows });
}
