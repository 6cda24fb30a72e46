import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../../../db/paths';
import {
  ancestryAt,
  findOverlappingUnitVersions,
  unitByCodeAt,
  unitsValidAt,
} from '../../../../db/repositories/admin-units';
import { adminUnits } from '../../../../db/schema';
import { ADMIN_UNITS_CSV, adminUnitsFromCsv, seedAdminUnits } from '../../../../db/seed/admin-units';
import { parseCsvRecords } from '../../../../db/seed/csv';
import { seedDatabase } from '../../../../db/seed';
import { createTestDatabase, type TestDatabase } from '../../../helpers/db';

const csvText = readFileSync(join(SEED_DIR, ADMIN_UNITS_CSV), 'utf8');
const records = parseCsvRecords(csvText, []);
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(() => {
  t.close();
});

describe('admin units seed', () => {
  it('has 1 province, 10 district-level units, 192 communes and the merged province', () => {
    const districts = new Set(records.map((record) => record['Mã QH']));
    const communes = new Set(records.map((record) => record['Mã PX']));
    expect(districts.size).toBe(10);
    expect(communes.size).toBe(192);
    const units = adminUnitsFromCsv(csvText);
    expect(units).toHaveLength(1 + 10 + 192 + 1);
    expect(t.seed.adminUnitsInserted).toBe(204);
    const byLevel = t.sqlite
      .prepare('SELECT level, count(*) AS n FROM admin_units GROUP BY level ORDER BY level')
      .all();
    expect(byLevel).toEqual([
      { level: 'commune', n: 192 },
      { level: 'district', n: 10 },
      { level: 'province', n: 2 },
    ]);
  });

  it('maps kinds from the names and the Cấp column', () => {
    const kinds = t.sqlite.prepare('SELECT kind, count(*) AS n FROM admin_units GROUP BY kind ORDER BY kind').all();
    expect(kinds).toEqual([
      { kind: 'huyen', n: 7 },
      { kind: 'phuong', n: 35 },
      { kind: 'thanh_pho', n: 1 },
      { kind: 'thi_tran', n: 14 },
      { kind: 'thi_xa', n: 2 },
      { kind: 'tinh', n: 2 },
      { kind: 'xa', n: 143 },
    ]);
  });

  it('keeps codes as text with their leading zeros', () => {
    const unit = unitByCodeAt(t.db, '07210', '2025-03-01');
    expect(unit?.name).toBe('Phường Hoàng Văn Thụ');
    expect(unit?.kind).toBe('phuong');
    const typed = t.sqlite.prepare(`SELECT typeof(code) AS type, code FROM admin_units WHERE code = '07210'`).get();
    expect(typed).toEqual({ type: 'text', code: '07210' });
    const csvCodes = records.filter((record) => record['Mã PX']?.startsWith('0')).length;
    const dbCodes = t.sqlite.prepare(`SELECT count(*) AS n FROM admin_units WHERE code LIKE '0%'`).get();
    expect(dbCodes).toEqual({ n: csvCodes });
  });

  it("reaches the province from a commune's parent chain as of 2025-03-01", () => {
    const chain = ancestryAt(t.db, '07210', '2025-03-01').map((unit) => [unit.code, unit.level]);
    expect(chain).toEqual([
      ['07210', 'commune'],
      ['213', 'district'],
      ['24', 'province'],
    ]);
    for (const commune of unitsValidAt(t.db, '2025-03-01').filter((unit) => unit.level === 'commune')) {
      expect(ancestryAt(t.db, commune.code, '2025-03-01').at(-1)?.code).toBe('24');
    }
  });

  it('from 2025-08-01 has only the merged province', () => {
    const units = unitsValidAt(t.db, '2025-08-01');
    expect(units.map((unit) => [unit.code, unit.name, unit.level, unit.validFrom])).toEqual([
      ['27', 'Tỉnh Bắc Ninh', 'province', '2025-07-01'],
    ]);
  });

  it('closes every pre-reform unit on 2025-06-30 with the act that ended it', () => {
    const open = t.sqlite.prepare(`SELECT count(*) AS n FROM admin_units WHERE valid_to IS NULL`).get();
    expect(open).toEqual({ n: 1 });
    const decisions = t.sqlite
      .prepare(`SELECT level, decision FROM admin_units WHERE valid_to = '2025-06-30' GROUP BY level, decision`)
      .all();
    expect(decisions).toHaveLength(3);
    expect(findOverlappingUnitVersions(t.db)).toEqual([]);
  });

  it('stores NFC names with search and sort keys', () => {
    const unit = unitByCodeAt(t.db, '222', '2025-03-01');
    expect(unit?.name).toBe('Thị xã Việt Yên');
    expect(unit?.name.normalize('NFC')).toBe(unit?.name);
    expect(unit?.searchKey).toBe('thi xa viet yen');
    expect(unit?.sortKey).not.toBe('');
  });

  it('is idempotent: a second run inserts nothing', () => {
    expect(seedAdminUnits(t.db, '2026-01-01T00:00:00.000Z')).toBe(0);
    const again = seedDatabase(t.db, { now: '2026-01-01T00:00:00.000Z' });
    expect(again).toEqual({ organizationId: t.seed.organizationId, adminUnitsInserted: 0 });
    expect(t.db.select({ n: count() }).from(adminUnits).get()).toEqual({ n: 204 });
  });
});
