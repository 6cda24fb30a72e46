import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savedFile } from '../../../shared/schemas/lists';
import { createTestCore, type TestCore } from '../../helpers/core';
import { readWorkbookFile, recordingPlatform } from '../lists/support';
import { addMember, smallTree, type SmallTree } from '../members/support';
import { commitMembers, counts, previewMembers, runAnyJob } from './support';

let t: TestCore;
let tree: SmallTree;
let saved: ReturnType<typeof recordingPlatform>['saved'];

beforeEach(async () => {
  const recording = recordingPlatform();
  saved = recording.saved;
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z', platform: recording.platform });
  tree = await smallTree(t);
  await addMember(t, { branchId: tree.school, phone: '0912 345 678', cardNumber: 'BG-000123' });
  await addMember(t, { ho: 'Trần', dem: 'Thị', ten: 'Bình', gender: 'nu', birthDate: '1985-01-01', birthPrecision: 'year', phone: '0204 3855 123', cardNumber: '', branchId: tree.school, ethnicity: '02' });
  await addMember(t, { ho: 'Lê', dem: '', ten: 'Cường', birthDate: '1990-12-31', phone: '', cardNumber: '', branchId: tree.other, joinedOn: '2025-01-02' });
});

afterEach(async () => {
  await t?.close();
});

async function exportList(filter: Record<string, unknown>): Promise<string> {
  const finished = await runAnyJob(t, 'members.export', filter);
  expect(finished.status).toBe('succeeded');
  expect(savedFile.parse(finished.result).kind).toBe('download');
  return saved.at(-1)?.sourcePath ?? '';
}

describe('exporting members to .xlsx', () => {
  it('writes the filtered list with Vietnamese headers, UTC dates, text phones, a frozen header and fitted widths', async () => {
    const path = await exportList({ branchId: tree.school });
    expect(saved[0]?.suggestedName).toBe('Danh sách hội viên 10-05-2025.xlsx');
    const sheet = (await readWorkbookFile(path)).worksheets[0];
    expect((sheet?.getRow(1).values as unknown[]).slice(1, 15)).toEqual([
      'STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Số điện thoại', 'E-mail', 'Địa chỉ', 'Chi hội', 'Ngày vào Hội', 'Số thẻ hội viên', 'Nghề nghiệp', 'Loại hội viên', 'Ghi chú',
    ]);
    expect(sheet?.rowCount).toBe(3);
    const rows = [2, 3].map((line) => (sheet?.getRow(line).values as unknown[]).slice(1, 14));
    expect(rows).toEqual([
      [1, 'Nguyễn Văn An', 'Nam', new Date(Date.UTC(1980, 4, 12)), 'Kinh', '0912 345 678', undefined, 'Thôn Đồng Bài', 'Chi hội Trường THCS Vân Sơn', new Date(Date.UTC(2024, 2, 20)), 'BG-000123', 'Giáo viên', 'Cá nhân'],
      [2, 'Trần Thị Bình', 'Nữ', '1985', 'Tày', '0204 3855 123', undefined, 'Thôn Đồng Bài', 'Chi hội Trường THCS Vân Sơn', new Date(Date.UTC(2024, 2, 20)), undefined, 'Giáo viên', 'Cá nhân'],
    ]);
    expect(sheet?.getCell('F2').numFmt).toBe('@');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getColumn(9).width).toBe('Chi hội Trường THCS Vân Sơn'.length + 2);
    const audit = await t.value('audit.list', { entity: 'members' });
    expect(audit.entries.filter((entry) => entry.action === 'export')).toHaveLength(1);
  });

  it('imports an exported file back with zero errors and every row a duplicate of itself', async () => {
    const path = await exportList({});
    const checked = await previewMembers(t, path);
    const { preview } = checked;
    expect(counts(preview)).toEqual({ good: 0, rejected: 0, duplicate: 3, totals: 0 });
    expect(preview.rows.every((row) => row.errors.length === 1 && row.errors[0]?.startsWith('Trùng với hội viên đã có'))).toBe(true);
    expect(preview.canCommit).toBe(false);
    const committed = await commitMembers(t, checked);
    expect(committed.written).toBe(0);
    expect(t.count('members')).toBe(3);
  });
});
