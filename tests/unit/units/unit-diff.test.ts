import { describe, expect, it } from 'vitest';
import { adminUnitKeys } from '../../../db/admin-unit-keys';
import type { AdminUnit } from '../../../db/schema';
import { diffUnits, type FileUnit } from '../../../electron/core/units/unit-diff';

function version(code: string, name: string, parentCode: string | null, validFrom: string | null, validTo: string | null): AdminUnit {
  const kind = parentCode === null ? 'tinh' : name.startsWith('Huyện') ? 'huyen' : 'xa';
  const level = parentCode === null ? 'province' : kind === 'huyen' ? 'district' : 'commune';
  return { id: `${code}-${validFrom}`, code, name, kind, level, parentCode, validFrom, validTo, decision: null, ...adminUnitKeys(name, kind), createdAt: '', updatedAt: '' };
}

function fileUnit(unit: AdminUnit): FileUnit {
  return { code: unit.code, name: unit.name, kind: unit.kind, level: unit.level, parentCode: unit.parentCode };
}

const PROVINCE = version('24', 'Tỉnh Bắc Giang', null, null, null);
const DISTRICT = version('220', 'Huyện Sơn Động', '24', null, null);
const VAN_SON = version('07621', 'Xã Vân Sơn', '220', null, null);
const OTHER_PROVINCE = version('27', 'Tỉnh Bắc Ninh', null, null, null);
const OTHER_COMMUNE = version('09001', 'Xã Đông Phong', '27', null, null);

describe('comparing a unit list with the versions on record', () => {
  it('leaves units of provinces that are not in the file alone', () => {
    const current = [PROVINCE, DISTRICT, VAN_SON, OTHER_PROVINCE, OTHER_COMMUNE];
    const diff = diffUnits({
      file: [PROVINCE, DISTRICT].map(fileUnit),
      versions: new Map(current.map((unit) => [unit.code, [unit]])),
      validOnDate: current,
      date: '2025-04-01',
    });
    expect(diff.changes).toEqual([{ type: 'close', current: VAN_SON }]);
    expect(diff.unchanged).toBe(2);
  });

  it('fills the gap before a later version when an older list is imported', () => {
    const viet = version('222', 'Thị xã Việt Yên', '24', '2024-02-01', '2025-06-30');
    const older = { code: '222', name: 'Huyện Việt Yên', kind: 'huyen' as const, level: 'district' as const, parentCode: '24' };
    const diff = diffUnits({ file: [fileUnit(PROVINCE), older], versions: new Map([['24', [PROVINCE]], ['222', [viet]]]), validOnDate: [PROVINCE], date: '2020-01-01' });
    expect(diff.changes).toEqual([{ type: 'add', unit: older, validTo: '2024-01-31' }]);
  });

  it('counts a move to another parent as a change', () => {
    const moved = { ...fileUnit(VAN_SON), parentCode: '24' };
    const diff = diffUnits({ file: [fileUnit(PROVINCE), moved], versions: new Map([['24', [PROVINCE]], ['07621', [VAN_SON]]]), validOnDate: [PROVINCE, VAN_SON], date: '2025-07-01' });
    expect(diff.changes).toEqual([{ type: 'replace', current: VAN_SON, unit: moved }]);
  });
});
