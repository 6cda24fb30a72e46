import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUnitKeys } from '../../../../db/admin-unit-keys';
import { uuidv7 } from '../../../../db/ids';
import {
  childrenAt,
  findOverlappingUnitVersions,
  unitByCodeAt,
  unitsValidAt,
} from '../../../../db/repositories/admin-units';
import { adminUnits, type NewAdminUnit } from '../../../../db/schema';
import { CHU_TOWN_VALID_FROM } from '../../../../db/seed/unconfirmed-dates';
import { createTestDatabase, type TestDatabase } from '../../../helpers/db';

const NOW = '2025-01-05T03:00:00.000Z';
let t: TestDatabase;

type UnitFields = Omit<NewAdminUnit, 'id' | 'searchKey' | 'sortKey' | 'createdAt' | 'updatedAt'>;

function unit(fields: UnitFields): NewAdminUnit {
  return { ...fields, id: uuidv7(), ...adminUnitKeys(fields.name, fields.kind), createdAt: NOW, updatedAt: NOW };
}

type Period = [validFrom: string | null, validTo: string | null];

function province(code: string, name: string, [validFrom, validTo]: Period): NewAdminUnit {
  return unit({ code, name, kind: 'tinh', level: 'province', parentCode: null, validFrom, validTo });
}

function commune(code: string, name: string, parentCode: string | null, [validFrom, validTo]: Period): NewAdminUnit {
  const kind = name.startsWith('Phường') ? 'phuong' : 'xa';
  return unit({ code, name, kind, level: 'commune', parentCode, validFrom, validTo });
}

beforeAll(async () => {
  t = await createTestDatabase({ seed: false });
  // A province renamed on 2020-01-01, and communes whose parent is referenced by code.
  t.db
    .insert(adminUnits)
    .values([
      province('90', 'Tỉnh Cũ', [null, '2019-12-31']),
      province('90', 'Tỉnh Mới', ['2020-01-01', null]),
      commune('09001', 'Xã Ân Thi', '90', [null, '2025-06-30']),
      commune('09002', 'Phường Ấp Bắc', '90', ['2020-01-01', null]),
      commune('09003', 'Xã An Bình', '90', [null, null]),
    ])
    .run();
});

afterAll(() => {
  t.close();
});

describe('unitByCodeAt', () => {
  it.each([
    ['2019-12-31', 'Tỉnh Cũ'], // the day before the new version
    ['2020-01-01', 'Tỉnh Mới'], // the day of it
    ['2020-01-02', 'Tỉnh Mới'], // the day after
    ['1990-01-01', 'Tỉnh Cũ'], // open start
    ['2100-01-01', 'Tỉnh Mới'], // open end
  ])('on %s is %s', (date, name) => {
    expect(unitByCodeAt(t.db, '90', date)?.name).toBe(name);
  });

  it('treats valid_to as the last valid day', () => {
    expect(unitByCodeAt(t.db, '09001', '2025-06-30')?.name).toBe('Xã Ân Thi');
    expect(unitByCodeAt(t.db, '09001', '2025-07-01')).toBeUndefined();
  });

  it('rejects a malformed date', () => {
    expect(() => unitByCodeAt(t.db, '90', '2020-1-1')).toThrow(RangeError);
  });
});

describe('childrenAt', () => {
  it('finds children through the parent code across the parent rename, in Vietnamese order', () => {
    expect(childrenAt(t.db, '90', '2019-12-31').map((u) => u.name)).toEqual(['Xã An Bình', 'Xã Ân Thi']);
    const names = ['Xã An Bình', 'Xã Ân Thi', 'Phường Ấp Bắc'];
    expect(childrenAt(t.db, '90', '2020-01-01').map((u) => u.name)).toEqual(names);
    expect(childrenAt(t.db, '90', '2025-07-01').map((u) => u.name)).toEqual(['Xã An Bình', 'Phường Ấp Bắc']);
  });
});

describe('unitsValidAt', () => {
  it('lists provinces before communes', () => {
    expect(unitsValidAt(t.db, '2020-01-01').map((u) => u.code)).toEqual(['90', '09003', '09001', '09002']);
  });
});

describe('findOverlappingUnitVersions', () => {
  it('reports two open-start versions of one code, which the unique index lets through', async () => {
    const other = await createTestDatabase({ seed: false });
    try {
      other.db
        .insert(adminUnits)
        .values([
          province('91', 'Tỉnh A', [null, null]),
          province('91', 'Tỉnh B', [null, null]),
        ])
        .run();
      expect(findOverlappingUnitVersions(other.db)).toHaveLength(1);
    } finally {
      other.close();
    }
  });

  it('finds nothing in well-formed data', () => {
    expect(findOverlappingUnitVersions(t.db)).toEqual([]);
  });
});

describe('seeded units with an unconfirmed start (Thị xã Chũ)', () => {
  it('exists from its start date only', async () => {
    const seeded = await createTestDatabase();
    try {
      const from = CHU_TOWN_VALID_FROM.value;
      const dayBefore = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(unitByCodeAt(seeded.db, '224', dayBefore)).toBeUndefined();
      expect(unitByCodeAt(seeded.db, '224', from)?.name).toBe('Thị xã Chũ');
      expect(childrenAt(seeded.db, '224', from)).toHaveLength(10);
    } finally {
      seeded.close();
    }
  });
});

describe('schema checks', () => {
  it('rejects a unit whose level and parent disagree, or a bad date', () => {
    const orphan = commune('92', 'Xã Lạc', null, [null, null]);
    expect(() => t.db.insert(adminUnits).values(orphan).run()).toThrow(/CHECK/);
    const badDate = province('93', 'Tỉnh C', ['1/7/2025', null]);
    expect(() => t.db.insert(adminUnits).values(badDate).run()).toThrow(/CHECK/);
    const reversed = province('94', 'Tỉnh D', ['2025-07-01', '2025-06-30']);
    expect(() => t.db.insert(adminUnits).values(reversed).run()).toThrow(/CHECK/);
  });
});
