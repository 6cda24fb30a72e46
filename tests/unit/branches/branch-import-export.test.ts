import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, testSession, type TestCore } from '../../helpers/core';
import { importFile, readWorkbookFile, recordingPlatform, writeSheet } from '../lists/support';
import { createBranch } from './support';

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

const HEADER = ['STT', 'Tên tổ chức', 'Loại', 'Trực thuộc', 'Mã ĐVHC', 'Địa bàn', 'Ngày thành lập', 'Số QĐ', 'Người đứng đầu', 'Điện thoại'];

describe('importing branches', () => {
  it('resolves parents in the list or in the file and units by code or by name; refuses bad rows in Vietnamese', async () => {
    await createBranch(t, { name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2015-03-01' });
    const path = await writeSheet(
      [
        ['DANH SÁCH TỔ CHỨC HỘI HUYỆN SƠN ĐỘNG'],
        HEADER,
        [1, 'Chi hội Trường THCS Vân Sơn', 'Chi hội trường học', 'Hội Bảo vệ quyền trẻ em xã Vân Sơn', '', 'Vân Sơn', '05/09/2024', '', 'Lê Văn Nam', 912345678],
        [2, 'Hội Bảo vệ quyền trẻ em xã Vân Sơn', 'Hội cấp xã', 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', '07621', 'Xã Vân Sơn', new Date(Date.UTC(2024, 2, 15)), '12/QĐ-HBVQTE', 'Hoàng Thị Lan', '0912 000 111'],
        [3, 'CLB Trẻ em Hữu Sản', 'CLB', 'Hội Bảo vệ quyền trẻ em xã Hữu Sản', '07624', '', '01/03/2025', '', '', ''],
        [4, 'Chi hội Trường Mầm non Đại Sơn', 'Chi hội trường học', '', '07627', '', '20/05/2025', '', '', ''],
        [5, 'Chi hội Công ty ABC', 'Doanh nghiệp lớn', '', '07627', '', '01/01/2024', '', '', ''],
      ],
      { merges: ['A1:J1'] },
    );
    const { preview, committed } = await importFile(t, 'branches', path);
    expect(preview.rows.filter((row) => row.errors.length > 0).map((row) => [row.rowNumber, row.errors])).toEqual([
      [5, ['Không tìm thấy tổ chức cấp trên "Hội Bảo vệ quyền trẻ em xã Hữu Sản" trong danh sách hoặc trong tệp.']],
      [6, ['Ngày thành lập không được sau hôm nay (10/05/2025).']],
      [7, [expect.stringMatching(/^Loại "Doanh nghiệp lớn" không hợp lệ: cần là một trong Hội cấp huyện, thành phố; /)]],
    ]);
    expect(committed.written).toBe(2);
    const school = (await t.value('branches.list', { query: 'thcs van son' })).items[0];
    expect(school).toMatchObject({ parentName: 'Hội Bảo vệ quyền trẻ em xã Vân Sơn', unitCode: '07621', unitName: 'Xã Vân Sơn' });
    const detail = await t.value('branches.get', { id: school?.id ?? '' });
    expect(detail.phone).toBe('0912345678');
  });

  it('refuses a row already in the list instead of adding it twice', async () => {
    await createBranch(t);
    const path = await writeSheet([HEADER, [1, 'Hội Bảo vệ quyền trẻ em xã Vân Sơn', 'Hội cấp xã', '', '07621', '', '15/03/2024', '', '', '']]);
    const { preview } = await importFile(t, 'branches', path);
    expect(preview.rows[0]?.errors).toEqual(['Đã có "Hội Bảo vệ quyền trẻ em xã Vân Sơn" tại Xã Vân Sơn; dòng này trùng nên không nhập lại.']);
    expect(preview.counts).toEqual({ good: 0, rejected: 0, duplicate: 1, skipped: 0 });
    expect(t.count('branches')).toBe(1);
  });
});

describe('exporting lists to .xlsx', () => {
  it('exports the branches on screen with the import’s headers, real dates and text phones', async () => {
    await createBranch(t, { phone: '0204 3855 123' });
    await createBranch(t, { name: 'Chi hội Trường THCS Đồng Tiến', kind: 'chi_hoi_truong_hoc', unitCode: '07243', foundedOn: '2023-09-05' });
    const result = await t.value('branches.export', { query: 'van son' });
    expect(result.kind).toBe('download');
    expect(saved[0]?.suggestedName).toBe('Danh sách tổ chức Hội 10-05-2025.xlsx');
    const sheet = (await readWorkbookFile(saved[0]?.sourcePath ?? '')).worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Tên tổ chức');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getCell('A2').value).toBe('Hội Bảo vệ quyền trẻ em xã Vân Sơn');
    expect(sheet?.getCell('F2').value).toEqual(new Date(Date.UTC(2024, 2, 15)));
    expect(sheet?.getCell('K2').value).toBe('0204 3855 123');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('exports the communes valid on a date in the statistics office layout, which imports back unchanged', async () => {
    await t.value('units.export', { asOf: '2025-03-01' });
    const path = saved[0]?.sourcePath ?? '';
    const sheet = (await readWorkbookFile(path)).worksheets[0];
    expect(sheet?.rowCount).toBe(193);
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Tỉnh Thành Phố', 'Mã TP', 'Quận Huyện', 'Mã QH', 'Phường Xã', 'Mã PX', 'Cấp', 'Hiệu lực từ', 'Hiệu lực đến', 'Địa bàn khó khăn']);
    const { preview } = await importFile(t, 'admin-units', path, { effectiveDate: '01/03/2025' });
    expect(preview.summary.map((line) => line.count)).toEqual([0, 0, 0, 203]);
  });

  it('exports the audit trail for the administrator only, in Vietnamese', async () => {
    await createBranch(t);
    await t.value('audit.export', {});
    const sheet = (await readWorkbookFile(saved[0]?.sourcePath ?? '')).worksheets[0];
    expect(sheet?.getRow(2).getCell(4).value).toBe('Ghi dữ liệu');
    expect(sheet?.getRow(2).getCell(5).value).toBe('Tổ chức Hội');
    expect(String(sheet?.getRow(2).getCell(6).value)).toContain('Ngày thành lập: (trống) → 15/03/2024');
    const refused = await t.call('audit.export', {}, testSession({ accountId: 'tk', role: 'thu_ky' }));
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
  });
});
