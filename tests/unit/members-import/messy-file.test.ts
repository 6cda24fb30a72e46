import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchKey } from '../../../shared/format';
import { branchOptionKey } from '../../../shared/schemas/member-list-spec';
import { createTestCore, type TestCore } from '../../helpers/core';
import { readFile, readWorkbookFile, recordingPlatform } from '../lists/support';
import { addMember, smallTree, type SmallTree } from '../members/support';
import { commitMembers, counts, errorsByRow, fixture, previewMembers } from './support';

let t: TestCore;
let tree: SmallTree;
let saved: ReturnType<typeof recordingPlatform>['saved'];

beforeEach(async () => {
  const recording = recordingPlatform();
  saved = recording.saved;
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z', platform: recording.platform });
  tree = await smallTree(t);
  await addMember(t, { ho: 'Nguyễn', dem: 'Thị', ten: 'Hoa', gender: 'nu', birthDate: '1975-07-20', phone: '', cardNumber: '', branchId: tree.school });
});

afterEach(async () => {
  await t?.close();
});

const MAPPED = () => ({ [branchOptionKey(searchKey('Chi hội Xóm Mới'))]: tree.other });

describe('importing the messy members file (tests/fixtures/members-import/messy.xlsx)', () => {
  it('finds the header under the title rows and maps the variant headers, leaving STT out', async () => {
    const { preview } = await previewMembers(t, fixture('messy.xlsx'));
    expect(preview.total).toBe(10);
    const read = await readFile(t, 'members', fixture('messy.xlsx'));
    expect(read.headerRow).toBe(4);
    expect(read.mapping).toMatchObject({ fullName: 1, birth: 2, gender: 3, branch: 4, joinedOn: 5, phone: 6, notes: 7, email: null, cardNumber: null });
    expect(Object.values(read.mapping)).not.toContain(0);
  });

  it('counts 2 good, 5 rejected, 2 duplicate rows and 1 totals row, each error in Vietnamese', async () => {
    const { preview } = await previewMembers(t, fixture('messy.xlsx'));
    expect(counts(preview)).toEqual({ good: 2, rejected: 5, duplicate: 2, totals: 1 });
    expect({ valid: preview.valid, invalid: preview.invalid }).toEqual({ valid: 2, invalid: 8 });
    expect(preview.summary).toContainEqual({ label: 'Chi hội chưa có: Chi hội Xóm Mới', count: 1, countOf: 'dòng' });
    expect(errorsByRow(preview)).toEqual({
      7: ['Chi hội "Chi hội Xóm Mới" chưa có trong danh sách: hãy ghép với một chi hội có sẵn hoặc tạo chi hội mới, rồi kiểm tra lại.'],
      9: ['Ngày sinh "31/02/1980" không hợp lệ: tháng 2 năm 1980 không có ngày 31.'],
      10: ['Ngày sinh 01/01/2030 chưa đến: ngày sinh không được sau hôm nay.'],
      11: ['Số điện thoại "09123abc45" không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84.'],
      12: ['Thiếu Họ và tên: mỗi dòng cần họ và tên hội viên.'],
      13: ['Trùng với dòng 5 của tệp: cùng họ tên và năm sinh. Dòng này không nhập.'],
      14: ['Trùng với hội viên đã có Nguyễn Thị Hoa (20/07/1975, Chi hội Trường THCS Vân Sơn): cùng họ tên và năm sinh. Dòng này không nhập lại.'],
      15: ['Dòng tổng cộng ở cuối bảng: không phải hội viên, được bỏ qua.'],
    });
    expect(t.count('members')).toBe(1);
  });

  it('maps the unknown branch once for its rows, commits only the good rows and normalises what it writes', async () => {
    const checked = await previewMembers(t, fixture('messy.xlsx'), MAPPED());
    expect(counts(checked.preview)).toEqual({ good: 3, rejected: 4, duplicate: 2, totals: 1 });
    const committed = await commitMembers(t, checked);
    expect(committed.written).toBe(3);
    expect(t.count('members')).toBe(4);
    const list = await t.value('members.list', { status: 'all', limit: 10 });
    const byName = Object.fromEntries(list.items.map((item) => [item.fullName, item]));
    expect(Object.keys(byName).sort()).toEqual(['Nguyễn Thị Hoa', 'Nguyễn Văn An', 'Trần Thị Bình', 'Đỗ Văn Cường'].sort());
    expect(byName['Nguyễn Văn An']).toMatchObject({ birthDate: '1980-01-01', birthPrecision: 'year', gender: 'nam', phone: '0912345678', joinedOn: '2024-01-05' });
    expect(byName['Trần Thị Bình']).toMatchObject({ birthDate: '1985-03-15', birthPrecision: 'day', gender: 'nu', joinedOn: '2024-02-01', branchName: 'Chi hội Trường THCS Vân Sơn' });
    expect(byName['Đỗ Văn Cường']).toMatchObject({ birthDate: '1979-05-25', joinedOn: '2023-06-01', branchName: 'CLB Nhà báo bảo vệ quyền trẻ em' });
    expect(Object.keys(byName).every((name) => name === name.normalize('NFC'))).toBe(true);
  });

  it('offers the rejected rows as .xlsx with the original columns and an error column', async () => {
    const { importId } = await previewMembers(t, fixture('messy.xlsx'));
    await t.value('lists.import.rejected', { importId });
    const sheet = (await readWorkbookFile(saved[0]?.sourcePath ?? '')).worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['STT', 'HỌ TÊN', 'Năm sinh', 'Nam/Nữ', 'Đơn vị', 'Ngày kết nạp', 'SĐT', 'Ghi chú', 'Dòng trong tệp gốc', 'Lỗi']);
    expect(sheet?.rowCount).toBe(9);
    const errorOfLine = (line: number) => String(sheet?.getRow(line).getCell(10).value);
    expect(errorOfLine(2)).toContain('Chi hội "Chi hội Xóm Mới" chưa có');
    expect(errorOfLine(3)).toBe('Ngày sinh "31/02/1980" không hợp lệ: tháng 2 năm 1980 không có ngày 31.');
  });

  it('writes nothing when the import is cancelled after the check', async () => {
    const { importId, checkId } = await previewMembers(t, fixture('messy.xlsx'), MAPPED());
    await t.value('lists.import.discard', { importId });
    expect(t.count('members')).toBe(1);
    const again = await t.call('lists.import.commit', { importId, checkId });
    expect(again.ok).toBe(false);
  });
});
