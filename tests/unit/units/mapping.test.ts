import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/client';
import { unitOnDate } from '../../../electron/core/units/mapping';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import { createTestCore, type TestCore } from '../../helpers/core';
import { join } from 'node:path';
import { seedFigureBranches } from '../branches/support';
import { importFile, previewFile, writeSheet } from '../lists/support';

/**
 * A made-up reorganisation (the real post-reform list is not available here): on 01/07/2025
 * three new communes of Tỉnh Bắc Ninh (27) take over old communes of Bắc Giang.
 */
const NQ = 'Nghị quyết 1658/NQ-UBTVQH15';
let t: TestCore;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z' });
});

afterEach(async () => {
  await t?.close();
});

async function newCommunes(): Promise<void> {
  const list = await writeSheet([
    ['Tỉnh Thành Phố', 'Mã TP', 'Quận Huyện', 'Mã QH', 'Phường Xã', 'Mã PX', 'Cấp'],
    ['Tỉnh Bắc Ninh', '27', '', '', 'Xã Tây Yên Tử', '90001', 'Xã'],
    ['Tỉnh Bắc Ninh', '27', '', '', 'Xã Sơn Động', '90002', 'Xã'],
    ['Tỉnh Bắc Ninh', '27', '', '', 'Phường Bắc Giang', '90003', 'Phường'],
  ]);
  const { preview } = await importFile(t, 'admin-units', list, { effectiveDate: '01/07/2025', decision: NQ });
  expect(preview.summary.map((line) => line.count)).toEqual([3, 0, 0, 1]);
}

function mappingSheet(rows: (string | null)[][]): Promise<string> {
  return writeSheet([['BẢNG CHUYỂN ĐỔI'], ['Mã xã cũ', 'Tên xã cũ', 'Mã xã mới', 'Tên xã mới'], ...rows]);
}

function unitOn(code: string, from: string, target: string): string | null {
  const { db, sqlite } = openDatabase(join(t.dataDir, DATABASE_FILE_NAME), { readonly: true });
  try {
    return unitOnDate(db, code, from, target)?.code ?? null;
  } finally {
    sqlite.close();
  }
}

describe('the mapping sheet: old communes → new communes', () => {
  it('links many old communes to one new commune, with the decision and its date', async () => {
    await newCommunes();
    const sheet = await mappingSheet([
      ['07621', 'Xã Vân Sơn', '90001', 'Xã Tây Yên Tử'],
      ['07624', 'Hữu Sản', '90001', null],
      ['07627', null, '90002', null],
      ['07201', 'Phường Thọ Xương', '90003', 'Phường Bắc Giang'],
    ]);
    const { committed } = await importFile(t, 'unit-mappings', sheet, { validFrom: '01/07/2025', decision: NQ, decisionDate: '16/06/2025' });
    expect(committed).toEqual({ written: 4, summary: [{ label: 'Liên kết xã cũ → xã mới được thêm', count: 4 }, { label: 'Liên kết được sửa', count: 0 }] });
    const history = await t.value('units.history', { code: '90001' });
    expect(history.mappedFrom.map((mapping) => [mapping.oldCode, mapping.oldName, mapping.validFrom, mapping.decision, mapping.decisionDate])).toEqual([
      ['07621', 'Xã Vân Sơn', '2025-07-01', NQ, '2025-06-16'],
      ['07624', 'Xã Hữu Sản', '2025-07-01', NQ, '2025-06-16'],
    ]);
    expect((await t.value('units.history', { code: '07621' })).mappedTo.map((mapping) => mapping.newName)).toEqual(['Xã Tây Yên Tử']);
  });

  it('follows the links forward from a record’s date to another date; a unit still valid is itself', async () => {
    await newCommunes();
    await importFile(t, 'unit-mappings', await mappingSheet([['07621', null, '90001', null]]), { validFrom: '01/07/2025', decision: NQ });
    expect(unitOn('07621', '2024-03-15', '2025-08-01')).toBe('90001');
    expect(unitOn('07621', '2024-03-15', '2025-06-30')).toBe('07621');
    expect(unitOn('07624', '2024-03-15', '2025-08-01')).toBeNull();
  });

  it('refuses a link to a code that does not exist, and a second link for one old commune', async () => {
    await newCommunes();
    const sheet = await mappingSheet([
      ['07621', null, '99999', null],
      ['07624', null, '90001', null],
      ['07624', null, '90002', null],
      ['07627', 'Xã Tân An', '90002', null],
    ]);
    const { preview, committed } = await importFile(t, 'unit-mappings', sheet, { validFrom: '01/07/2025', decision: NQ });
    expect(preview.rows.filter((row) => row.errors.length > 0).map((row) => [row.rowNumber, row.errors])).toEqual([
      [3, ['Mã xã mới 99999 không có trong danh mục ngày 01/07/2025. Hãy nhập danh mục đơn vị mới trước, rồi nhập bảng chuyển đổi.']],
      [5, ['Mã xã cũ 07624 đã được chuyển ở dòng 4: mỗi xã cũ chỉ chuyển vào một xã mới.']],
      [6, ['Mã 07627 là Xã Đại Sơn, không phải "Xã Tân An": hãy kiểm tra lại mã hoặc tên.']],
    ]);
    expect(committed.written).toBe(1);
    expect(t.query('SELECT old_code, new_code FROM admin_unit_mappings')).toEqual([{ old_code: '07624', new_code: '90001' }]);
  });

  it('asks for the effective date and the decision when neither the sheet nor the form gives them', async () => {
    await newCommunes();
    const { read, preview } = await previewFile(t, 'unit-mappings', await mappingSheet([['07621', null, '90001', null]]));
    expect(preview.rows[0]?.errors).toEqual(['Thiếu Ngày hiệu lực: ghi trong tệp hoặc ở phần thông tin chung.', 'Thiếu Quyết định: ghi trong tệp hoặc ở phần thông tin chung.']);
    expect(preview.canCommit).toBe(false);
    expect((await t.call('lists.import.commit', { importId: read.importId, checkId: preview.checkId })).ok).toBe(true);
    expect(t.count('admin_unit_mappings')).toBe(0);
  });

  it('groups the branches founded in 2024 under the new communes, keeping each branch’s old unit', async () => {
    await seedFigureBranches(t);
    await newCommunes();
    const sheet = await mappingSheet([['07621', null, '90001', null], ['07624', null, '90001', null], ['07201', null, '90003', null]]);
    await importFile(t, 'unit-mappings', sheet, { validFrom: '01/07/2025', decision: NQ });
    const report = await t.value('branches.byUnit', { from: '2024-01-01', to: '2024-12-31', groupAt: '2025-08-01' });
    expect(report.groups).toEqual([
      { unitCode: '90003', unitName: 'Phường Bắc Giang', founded: 1, fromUnits: [{ code: '07201', name: 'Phường Thọ Xương', founded: 1 }] },
      {
        unitCode: '90001',
        unitName: 'Xã Tây Yên Tử',
        founded: 5,
        fromUnits: [
          { code: '07621', name: 'Xã Vân Sơn', founded: 3 },
          { code: '07624', name: 'Xã Hữu Sản', founded: 2 },
        ],
      },
      { unitCode: null, unitName: 'Chưa xác định được đơn vị mới', founded: 2, fromUnits: [{ code: '220', name: 'Huyện Sơn Động', founded: 1 }, { code: '24', name: 'Tỉnh Bắc Giang', founded: 1 }] },
    ]);
    const branch = (await t.value('branches.list', { query: 'thcs van son' })).items[0];
    expect(branch?.unitName).toBe('Xã Vân Sơn');
  });
});
