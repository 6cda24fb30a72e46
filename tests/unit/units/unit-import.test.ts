import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../helpers/core';
import { importFile, previewFile, readFile, referenceRows, REFERENCE_UNITS_FILE, runJob, writeSheet } from '../lists/support';

/** The seed holds Tỉnh Bắc Giang as of March 2025: 1 province, 10 district-level units, 192 communes, all ending 30/06/2025, plus Tỉnh Bắc Ninh from 01/07/2025. */
const SEEDED_ROWS = 204;

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z' });
});

afterEach(async () => {
  await t?.close();
});

function unitRows(code: string): Record<string, unknown>[] {
  return t.query("SELECT name, parent_code, valid_from, valid_to, decision FROM admin_units WHERE code = ? ORDER BY coalesce(valid_from, '')", code);
}

function auditActions(): string[] {
  return t.query("SELECT action FROM audit_log WHERE entity = 'admin_units' ORDER BY seq").map((row) => String(row.action));
}

/** The reference list with changes: Vân Sơn renamed, Hữu Sản gone, a new commune, Sơn Động renamed. */
async function changedList(): Promise<string> {
  const rows = await referenceRows();
  const changed = rows
    .filter((row) => row[5] !== '07624')
    .map((row) => (row[5] === '07621' ? [...row.slice(0, 4), 'Xã Vân Sơn Mới', ...row.slice(5)] : row))
    .map((row) => (row[3] === '220' ? [...row.slice(0, 2), 'Huyện Sơn Động Mới', ...row.slice(3)] : row));
  changed.push(['Tỉnh Bắc Giang', '24', 'Huyện Sơn Động Mới', '220', 'Xã Hữu Nghị', '07901', 'Xã', '']);
  return writeSheet([['DANH MỤC ĐƠN VỊ HÀNH CHÍNH'], [], ...changed], { merges: ['A1:H1'] });
}

describe('importing the statistics office list', () => {
  it('finds nothing to change when the list matches what is recorded on its date', async () => {
    const { preview, committed } = await importFile(t, 'admin-units', REFERENCE_UNITS_FILE, { effectiveDate: '01/03/2025' });
    expect(preview).toMatchObject({ total: 192, valid: 192, invalid: 0, canCommit: true, blocked: null });
    expect(preview.summary.map((line) => line.count)).toEqual([0, 0, 0, 203]);
    expect(committed.written).toBe(0);
    expect(t.count('admin_units')).toBe(SEEDED_ROWS);
    expect(auditActions()).toEqual(['import']);
  });

  it('adds new units, closes vanished ones and gives renamed ones a new version from the effective date', async () => {
    const { preview } = await importFile(t, 'admin-units', await changedList(), { effectiveDate: '01/04/2025', decision: 'Nghị quyết 9999/NQ-UBTVQH15' });
    expect(preview.summary).toEqual([
      { label: 'Đơn vị mới', count: 1 },
      { label: 'Đơn vị đổi tên, đổi loại hoặc đổi cấp trên (thêm phiên bản mới)', count: 2 },
      { label: 'Đơn vị không còn trong danh mục (hết hiệu lực từ ngày 01/04/2025)', count: 1 },
      { label: 'Đơn vị không thay đổi', count: 200 },
    ]);
    expect(unitRows('07621')).toEqual([
      { name: 'Xã Vân Sơn', parent_code: '220', valid_from: null, valid_to: '2025-03-31', decision: 'Nghị quyết 9999/NQ-UBTVQH15' },
      { name: 'Xã Vân Sơn Mới', parent_code: '220', valid_from: '2025-04-01', valid_to: '2025-06-30', decision: 'Nghị quyết 9999/NQ-UBTVQH15' },
    ]);
    expect(unitRows('07624')).toEqual([{ name: 'Xã Hữu Sản', parent_code: '220', valid_from: null, valid_to: '2025-03-31', decision: 'Nghị quyết 9999/NQ-UBTVQH15' }]);
    expect(unitRows('07901')).toEqual([{ name: 'Xã Hữu Nghị', parent_code: '220', valid_from: '2025-04-01', valid_to: null, decision: 'Nghị quyết 9999/NQ-UBTVQH15' }]);
    expect(unitRows('220').map((row) => [row.name, row.valid_from, row.valid_to])).toEqual([
      ['Huyện Sơn Động', null, '2025-03-31'],
      ['Huyện Sơn Động Mới', '2025-04-01', '2025-06-30'],
    ]);
    expect(t.count('admin_units')).toBe(SEEDED_ROWS + 3);
  });

  it('answers for a commune before and after the change by the version valid that day', async () => {
    await importFile(t, 'admin-units', await changedList(), { effectiveDate: '01/04/2025' });
    const before = await t.value('units.tree', { asOf: '2025-03-31', query: 'van son' });
    const after = await t.value('units.tree', { asOf: '2025-04-01', query: 'van son' });
    expect(before.units.map((unit) => unit.name)).toEqual(['Tỉnh Bắc Giang', 'Huyện Sơn Động', 'Xã Vân Sơn']);
    expect(after.units.map((unit) => unit.name)).toEqual(['Tỉnh Bắc Giang', 'Huyện Sơn Động Mới', 'Xã Vân Sơn Mới']);
    expect((await t.value('units.tree', { asOf: '2025-03-31' })).counts).toEqual({ province: 1, district: 10, commune: 192 });
    expect((await t.value('units.tree', { asOf: '2025-04-01' })).counts).toEqual({ province: 1, district: 10, commune: 192 });
    const history = await t.value('units.history', { code: '07621' });
    expect(history.versions.map((version) => [version.name, version.validFrom, version.validTo])).toEqual([
      ['Xã Vân Sơn', null, '2025-03-31'],
      ['Xã Vân Sơn Mới', '2025-04-01', '2025-06-30'],
    ]);
  });

  it('importing the same list again changes nothing', async () => {
    const path = await changedList();
    await importFile(t, 'admin-units', path, { effectiveDate: '01/04/2025' });
    const again = await importFile(t, 'admin-units', path, { effectiveDate: '01/04/2025' });
    expect(again.committed.written).toBe(0);
    expect(t.count('admin_units')).toBe(SEEDED_ROWS + 3);
  });

  it('asks for the effective date in Vietnamese and starts nothing without it', async () => {
    const read = await readFile(t, 'admin-units', REFERENCE_UNITS_FILE);
    const envelope = await t.call('lists.import.validate', { importId: read.importId, mapping: read.mapping, options: { effectiveDate: '' } });
    expect(envelope.ok ? null : envelope.error).toMatchObject({
      code: 'VALIDATION',
      message: 'Ngày hiệu lực của danh mục không được để trống.',
      issues: [{ path: 'options.effectiveDate', message: 'Ngày hiệu lực của danh mục không được để trống.' }],
    });
  });
});

describe('a unit list that must be refused, with nothing written', () => {
  async function expectNothingWritten(): Promise<void> {
    expect(t.count('admin_units')).toBe(SEEDED_ROWS);
    expect(auditActions()).toEqual([]);
  }

  it('a missing column', async () => {
    const rows = (await referenceRows()).map((row) => row.filter((_cell, index) => index !== 5));
    const read = await readFile(t, 'admin-units', await writeSheet(rows));
    expect(read.mapping.communeCode).toBeNull();
    const envelope = await t.call('lists.import.validate', { importId: read.importId, mapping: read.mapping, options: { effectiveDate: '01/04/2025' } });
    expect(envelope.ok ? null : envelope.error.message).toBe(
      'Tệp thiếu cột bắt buộc: Mã PX. Hãy chọn cột tương ứng trong tệp, hoặc bổ sung cột vào tệp rồi nhập lại.',
    );
    await expectNothingWritten();
  });

  it('a duplicate code', async () => {
    const rows = await referenceRows();
    rows.push(['Tỉnh Bắc Giang', '24', 'Huyện Sơn Động', '220', 'Xã Mới Lập', '07621', 'Xã', '']);
    const { read, preview } = await previewFile(t, 'admin-units', await writeSheet(rows), { effectiveDate: '01/04/2025' });
    expect(preview).toMatchObject({ total: 193, invalid: 1, canCommit: false });
    expect(preview.blocked).toBe('Danh mục phải đúng toàn bộ mới nhập được: hãy sửa 1 dòng lỗi trong tệp rồi nhập lại. Chưa có gì được ghi.');
    expect(preview.rows[0]).toMatchObject({ rowNumber: 194, errors: ['Mã PX 07621 bị trùng: đã có ở dòng 133.'] });
    const commit = await t.call('lists.import.commit', { importId: read.importId, checkId: preview.checkId });
    expect(commit.ok ? null : commit.error.code).toBe('CONFLICT');
    await expectNothingWritten();
  });

  it('a commune whose district code does not exist', async () => {
    const rows = await referenceRows();
    rows.push(['Tỉnh Bắc Giang', '24', '', '999', 'Xã Không Rõ', '07698', 'Xã', '']);
    const { read, preview } = await previewFile(t, 'admin-units', await writeSheet(rows), { effectiveDate: '01/04/2025' });
    expect(preview.rows[0]?.errors).toEqual([
      'Mã QH 999 không có trong tệp cũng như trong danh mục ngày 01/04/2025: hãy ghi tên quận/huyện hoặc sửa lại mã.',
    ]);
    expect((await t.call('lists.import.commit', { importId: read.importId, checkId: preview.checkId })).ok).toBe(false);
    await expectNothingWritten();
  });

  it('a row with an unknown level and a name that is not a province', async () => {
    const rows = await referenceRows();
    rows.push(['Bắc Giang', '24', 'Huyện Sơn Động', '220', 'Xã Mới', '07697', 'Xóm', '']);
    const { preview } = await previewFile(t, 'admin-units', await writeSheet(rows), { effectiveDate: '01/04/2025' });
    expect(preview.rows[0]?.errors).toEqual([
      'Cấp "Xóm" không hợp lệ: cần là Xã, Phường, Thị trấn hoặc Đặc khu.',
      'Không nhận ra loại đơn vị của "Bắc Giang": tên cần bắt đầu bằng Tỉnh hoặc Thành phố.',
    ]);
    await expectNothingWritten();
  });

  it('a file that is not an Excel workbook', async () => {
    const fileToken = t.core.files.register({ path: REFERENCE_UNITS_FILE.replace('.xlsx', '.khong-co'), name: 'danh-muc.xls' });
    const event = await runJob(t, 'lists.import.read', { listType: 'admin-units', fileToken });
    expect(event.status).toBe('failed');
    expect(event.error?.message).toMatch(/^Không đọc được tệp này\. Sổ Hội nhận tệp Excel dạng \.xlsx/);
    await expectNothingWritten();
  });
});
