import { unitByCodeAt } from '../../../db/repositories/admin-units';
import type { AdminUnitKind } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import { formatDate } from '../../../shared/format';
import { addError, type ParsedRow } from '../lists/importer';
import type { FileUnit } from './unit-diff';
import type { UnitListRow } from './unit-list-rows';

interface Named {
  name: string;
  kind: AdminUnitKind;
  index: number;
  rowNumber: number;
}

/** Cross-row checks of a unit list and the units it describes (province, districts, communes). */
export function unitsOfRows(db: AppDb, rows: readonly ParsedRow<UnitListRow>[], date: string): { errors: Map<number, string[]>; units: FileUnit[] } {
  const errors = new Map<number, string[]>();
  const provinces = collectNamed(rows, (row) => row.province, 'Mã TP', errors);
  const districts = collectNamed(rows, (row) => (row.district?.name && row.district.kind ? { code: row.district.code, name: row.district.name, kind: row.district.kind } : null), 'Mã QH', errors);
  const communes = new Map<string, { unit: FileUnit; rowNumber: number }>();
  const fileDistricts = new Map<string, FileUnit>();
  for (const { index, rowNumber, value } of rows) {
    const duplicate = communes.get(value.commune.code);
    if (duplicate) {
      addError(errors, index, `Mã PX ${value.commune.code} bị trùng: đã có ở dòng ${duplicate.rowNumber}.`);
      continue;
    }
    const district = value.district ? resolveDistrict(db, value.district.code, districts, date) : null;
    if (value.district && !district) {
      addError(errors, index, `Mã QH ${value.district.code} không có trong tệp cũng như trong danh mục ngày ${formatDate(date)}: hãy ghi tên quận/huyện hoặc sửa lại mã.`);
      continue;
    }
    if (district && value.district) fileDistricts.set(value.district.code, { code: value.district.code, ...district, level: 'district', parentCode: value.province.code });
    const parentCode = value.district?.code ?? value.province.code;
    communes.set(value.commune.code, { unit: { ...value.commune, level: 'commune', parentCode }, rowNumber });
  }
  const units: FileUnit[] = [
    ...[...provinces].map(([code, named]) => ({ code, name: named.name, kind: named.kind, level: 'province' as const, parentCode: null })),
    ...fileDistricts.values(),
    ...[...communes.values()].map((entry) => entry.unit),
  ];
  checkCodeLevels(units, rows, errors);
  return { errors, units };
}

/** Codes with one name each; a second, different name for a code is an error on that row. */
function collectNamed(
  rows: readonly ParsedRow<UnitListRow>[],
  pick: (row: UnitListRow) => { code: string; name: string; kind: AdminUnitKind } | null,
  column: string,
  errors: Map<number, string[]>,
): Map<string, Named> {
  const named = new Map<string, Named>();
  for (const { index, rowNumber, value } of rows) {
    const unit = pick(value);
    if (!unit) continue;
    const seen = named.get(unit.code);
    if (!seen) named.set(unit.code, { name: unit.name, kind: unit.kind, index, rowNumber });
    else if (seen.name !== unit.name) addError(errors, index, `${column} ${unit.code} mang hai tên khác nhau trong tệp: "${seen.name}" (dòng ${seen.rowNumber}) và "${unit.name}".`);
  }
  return named;
}

function resolveDistrict(db: AppDb, code: string, inFile: ReadonlyMap<string, Named>, date: string): { name: string; kind: AdminUnitKind } | null {
  const named = inFile.get(code);
  if (named) return { name: named.name, kind: named.kind };
  const known = unitByCodeAt(db, code, date);
  return known && known.level === 'district' ? { name: known.name, kind: known.kind } : null;
}

/** A code may stand for one unit only: a district code reused as a commune code is an error. */
function checkCodeLevels(units: readonly FileUnit[], rows: readonly ParsedRow<UnitListRow>[], errors: Map<number, string[]>): void {
  const levels = new Map<string, Set<string>>();
  for (const unit of units) levels.set(unit.code, (levels.get(unit.code) ?? new Set()).add(unit.level));
  for (const { index, value } of rows) {
    const codes = [value.province.code, value.district?.code, value.commune.code].filter((code): code is string => code !== undefined);
    const clash = codes.find((code) => (levels.get(code)?.size ?? 0) > 1);
    if (clash) addError(errors, index, `Mã ${clash} được dùng cho hai cấp đơn vị khác nhau trong tệp.`);
  }
}
