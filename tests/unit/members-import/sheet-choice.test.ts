import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPreview, importReadResult, type ImportReadResult } from '../../../shared/schemas/lists';
import { createTestCore, type TestCore } from '../../helpers/core';
import { recordingPlatform } from '../lists/support';
import { smallTree } from '../members/support';
import { counts, errorsByRow, fixture, runAnyJob } from './support';

/** tests/fixtures/members-import/several-sheets.xlsx: instructions, two lists, an empty sheet, a header alone. */

let t: TestCore;
let fileToken: string;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z', platform: recordingPlatform().platform });
  await smallTree(t);
  fileToken = t.core.files.register({ path: fixture('several-sheets.xlsx'), name: 'Nhiều trang.xlsx' });
});

afterEach(async () => {
  await t?.close();
});

async function readSheet(sheetName?: string): Promise<ImportReadResult> {
  const finished = await runAnyJob(t, 'lists.import.read', { listType: 'members', fileToken, ...(sheetName ? { sheetName } : {}) });
  if (finished.status !== 'succeeded') throw new Error(finished.error?.message);
  return importReadResult.parse(finished.result);
}

async function readFailure(sheetName: string): Promise<string> {
  const finished = await runAnyJob(t, 'lists.import.read', { listType: 'members', fileToken, sheetName });
  expect(finished.status).toBe('failed');
  return finished.error?.message ?? '';
}

describe('choosing the sheet of a workbook', () => {
  it('lists every sheet with its filled rows and whether the header was found, and picks the best one', async () => {
    const read = await readSheet();
    expect(read.sheetName).toBe('Chi hội Vân Sơn');
    expect(read.sheets).toEqual([
      { name: 'Hướng dẫn', rows: 3, hasHeader: false },
      { name: 'Chi hội Vân Sơn', rows: 3, hasHeader: true },
      { name: 'CLB Nhà báo', rows: 5, hasHeader: true },
      { name: 'Trống', rows: 0, hasHeader: false },
      { name: 'Chỉ tiêu đề', rows: 1, hasHeader: true },
    ]);
    expect(read.rowCount).toBe(2);
  });

  it('re-reads the chosen sheet with the same file, which stays usable until the import is committed', async () => {
    const first = await readSheet();
    const chosen = await readSheet('CLB Nhà báo');
    expect({ sheet: chosen.sheetName, header: chosen.headerRow, rows: chosen.rowCount }).toEqual({ sheet: 'CLB Nhà báo', header: 2, rows: 3 });
    expect((await t.call('lists.import.validate', { importId: first.importId, mapping: first.mapping, options: {} })).ok).toBe(false);
    const checked = await runAnyJob(t, 'lists.import.validate', { importId: chosen.importId, mapping: chosen.mapping, options: {} });
    const preview = importPreview.parse(checked.result);
    expect(counts(preview)).toEqual({ good: 2, rejected: 1, duplicate: 0, totals: 0 });
    expect(errorsByRow(preview)).toEqual({
      5: ['Thiếu Ngày vào Hội: hội viên nào cũng cần ngày vào Hội. Hãy ghi ngày (dd/mm/yyyy) vào cột Ngày vào Hội trong tệp, rồi nhập lại các dòng lỗi.'],
    });
    expect((await t.value('lists.import.commit', { importId: chosen.importId, checkId: preview.checkId })).written).toBe(2);
    expect(t.count('members')).toBe(2);
    expect(await readFailure('Chi hội Vân Sơn')).toBe('Không tìm thấy tệp đã chọn. Hãy chọn lại tệp.');
  });

  it('says why an empty sheet or one without a header cannot be read, and keeps the earlier reading', async () => {
    const first = await readSheet();
    expect(await readFailure('Trống')).toBe('Trang "Trống" trống, không có dòng nào. Hãy chọn trang có danh sách.');
    expect(await readFailure('Hướng dẫn')).toBe('Không tìm thấy dòng tiêu đề cột trong trang "Hướng dẫn". Dòng tiêu đề cần có các cột như: Họ và tên, Chi hội.');
    expect(await readFailure('Không có')).toBe('Tệp không có trang nào tên "Không có". Hãy chọn lại trang.');
    const checked = await runAnyJob(t, 'lists.import.validate', { importId: first.importId, mapping: first.mapping, options: {} });
    expect(checked.status).toBe('succeeded');
  });

  it('reads a sheet with only a header as no rows', async () => {
    const read = await readSheet('Chỉ tiêu đề');
    expect({ rows: read.rowCount, header: read.headerRow }).toEqual({ rows: 0, header: 1 });
  });

  it('releases the file when the import is cancelled after a re-read', async () => {
    await readSheet();
    const chosen = await readSheet('CLB Nhà báo');
    await t.value('lists.import.discard', { importId: chosen.importId });
    expect(t.core.files.resolve(fileToken)).toBeNull();
    expect(t.count('members')).toBe(0);
  });
});
