import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectEvents, createTestCore, testSession, type TestCore } from '../../helpers/core';
import { STALE_CHECK_MESSAGE } from '../../../electron/core/lists/import-service';
import { importPreview } from '../../../shared/schemas/lists';
import { readFile, readWorkbookFile, recordingPlatform, REFERENCE_UNITS_FILE, runJob, writeSheet } from './support';

let t: TestCore;
let saved: ReturnType<typeof recordingPlatform>['saved'];

beforeEach(async () => {
  const recording = recordingPlatform();
  saved = recording.saved;
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z', platform: recording.platform });
});

afterEach(async () => {
  await t?.close();
});

const FLAGS_HEADER = ['Mã xã', 'Tên xã', 'Từ ngày', 'Đến ngày', 'Quyết định'];

describe('the import pipeline', () => {
  it('reads and checks a sheet as jobs that report progress in Vietnamese', async () => {
    const events = collectEvents(t.core);
    const read = await readFile(t, 'admin-units', REFERENCE_UNITS_FILE);
    expect(read).toMatchObject({ listType: 'admin-units', sheetName: 'Sheet1', headerRow: 1, rowCount: 192, remembered: false });
    expect(read.sample[0]).toEqual(['Tỉnh Bắc Giang', '24', 'Thành phố Bắc Giang', '213', 'Phường Thọ Xương', '07201', 'Phường', 'Tho Xuong Ward']);
    await runJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options: { effectiveDate: '01/03/2025' } });
    events.stop();
    const stages = new Set(events.events.flatMap((event) => (event.type === 'job.progress' ? [event.stage] : [])));
    expect([...stages]).toEqual(['Đang đọc tệp Excel', 'Đang kiểm tra từng dòng', 'Đang đối chiếu với dữ liệu hiện có']);
  });

  it('cancels a check with nothing written, and forgets a discarded import', async () => {
    const read = await readFile(t, 'admin-units', REFERENCE_UNITS_FILE);
    const started = await t.value('lists.import.validate', { importId: read.importId, mapping: read.mapping, options: { effectiveDate: '01/03/2025' } });
    await t.value('jobs.cancel', { jobId: started.jobId });
    await t.core.jobs.idle();
    const commit = await t.call('lists.import.commit', { importId: read.importId, checkId: 'chua-xong' });
    expect(commit.ok ? null : commit.error).toEqual({ code: 'CONFLICT', message: STALE_CHECK_MESSAGE });
    await t.value('lists.import.discard', { importId: read.importId });
    const gone = await t.call('lists.import.commit', { importId: read.importId, checkId: 'chua-xong' });
    expect(gone.ok ? null : gone.error.message).toBe('Phiên nhập dữ liệu này không còn. Hãy chọn lại tệp để nhập.');
    expect(t.query("SELECT count(*) AS n FROM audit_log WHERE action = 'import'")[0]?.n).toBe(0);
  });

  it('keeps an import to the account that started it, and to office staff', async () => {
    const read = await readFile(t, 'admin-units', REFERENCE_UNITS_FILE);
    const other = await t.call('lists.import.discard', { importId: read.importId }, testSession({ accountId: 'someone-else', role: 'thu_ky' }));
    expect(other.ok ? null : other.error.code).toBe('NOT_FOUND');
    const viewer = await t.call('lists.import.read', { listType: 'branches', fileToken: 'x' }, testSession({ accountId: 'v', role: 'xem_bao_cao' }));
    expect(viewer.ok ? null : viewer.error.code).toBe('FORBIDDEN');
  });

  it('remembers a mapping the user corrected, for the next file with the same header', async () => {
    const rows = [['Số hiệu xã', 'Tên xã', 'Từ ngày', 'Đến ngày', 'Quyết định'], ['07621', 'Xã Vân Sơn', '04/06/2021', '31/12/2025', 'QĐ 861/QĐ-TTg']];
    const first = await readFile(t, 'unit-flags', await writeSheet(rows));
    expect(first.mapping.unitCode).toBeNull();
    const mapping = { ...first.mapping, unitCode: 0 };
    const event = await runJob(t, 'lists.import.validate', { importId: first.importId, mapping, options: {} });
    const preview = importPreview.parse(event.result);
    expect(preview.valid).toBe(1);
    await t.value('lists.import.commit', { importId: first.importId, checkId: preview.checkId });
    const second = await readFile(t, 'unit-flags', await writeSheet([rows[0] ?? [], ['07624', 'Xã Hữu Sản', '04/06/2021', '', 'QĐ 861/QĐ-TTg']]));
    expect(second.remembered).toBe(true);
    expect(second.mapping).toEqual(mapping);
  });

  it('offers the rejected rows as .xlsx: the file’s columns, the original row number and the errors', async () => {
    const path = await writeSheet([
      ['DANH SÁCH XÃ KHU VỰC III'],
      FLAGS_HEADER,
      ['07621', 'Xã Vân Sơn', new Date(Date.UTC(2021, 5, 4)), '31/12/2025', 'QĐ 861/QĐ-TTg'],
      ['07627', 'Xã Đại Sơn', '31/02/2021', '', 'QĐ 861/QĐ-TTg'],
    ]);
    const read = await readFile(t, 'unit-flags', path, 'Xã khu vực III.xlsx');
    const checked = importPreview.parse((await runJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options: {} })).result);
    // A list without duplicates or skipped rows: every row with errors is rejected, the rest good.
    expect({ counts: checked.counts, valid: checked.valid, invalid: checked.invalid }).toEqual({ counts: { good: 1, rejected: 1, duplicate: 0, skipped: 0 }, valid: 1, invalid: 1 });
    expect(await t.value('lists.import.rejected', { importId: read.importId })).toEqual({ kind: 'download', url: '/api/download/test-1' });
    expect(saved[0]?.suggestedName).toBe('Xã khu vực III - các dòng lỗi 10-05-2025.xlsx');
    const sheet = (await readWorkbookFile(saved[0]?.sourcePath ?? '')).worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, ...FLAGS_HEADER, 'Dòng trong tệp gốc', 'Lỗi']);
    expect(sheet?.getRow(2).values).toEqual([undefined, '07627', 'Xã Đại Sơn', '31/02/2021', undefined, 'QĐ 861/QĐ-TTg', 4, 'Từ ngày "31/02/2021": ngày không hợp lệ: tháng 2 năm 2021 không có ngày 31.']);
    expect(sheet?.rowCount).toBe(2);
  });
});
