import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../helpers/core';
import { readFile } from '../lists/support';
import { commitMembers, counts, errorsByRow, fixture, freshCoreEachTest, previewMembers } from './support';

let t: TestCore;
freshCoreEachTest((core) => {
  t = core;
});

const MISSING_TEN = 'Thiếu Tên: cột Tên của dòng này để trống, hãy ghi tên hội viên.';

const parsedByRow = (preview: Awaited<ReturnType<typeof previewMembers>>['preview']) => Object.fromEntries(preview.rows.map((row) => [row.rowNumber, row.parsed]));

describe('the name in separate columns (domain.md §5.1: họ, đệm, tên as the office wrote them)', () => {
  it('maps "Họ | Tên đệm | Tên", keeps a double surname whole and shows the split in the preview', async () => {
    const read = await readFile(t, 'members', fixture('name-columns.xlsx'));
    expect(read.mapping).toMatchObject({ fullName: null, ho: 1, hoDem: null, dem: 2, ten: 3 });
    const checked = await previewMembers(t, fixture('name-columns.xlsx'));
    const { preview } = checked;
    expect(preview.parsedColumns).toEqual(['Họ', 'Đệm', 'Tên']);
    expect(parsedByRow(preview)).toEqual({ 2: ['Tôn Nữ', 'Thị', 'Hoa'], 3: ['Âu Dương', '', 'Phong'], 4: ['Nguyễn', 'Văn', 'An'], 5: ['Trần', 'Thị', ''], 6: [] });
    // A row with no name at all is missing its Tên, the column the file has (not "Họ và tên").
    expect(errorsByRow(preview)).toEqual({ 5: [MISSING_TEN], 6: [MISSING_TEN] });
    expect(counts(preview)).toEqual({ good: 3, rejected: 2, duplicate: 0, totals: 0 });
    await commitMembers(t, checked);
    const stored = t.query('SELECT ho, dem, ten, full_name AS fullName FROM members');
    expect(stored).toHaveLength(3);
    expect(stored).toEqual(
      expect.arrayContaining([
        { ho: 'Âu Dương', dem: '', ten: 'Phong', fullName: 'Âu Dương Phong' },
        { ho: 'Nguyễn', dem: 'Văn', ten: 'An', fullName: 'Nguyễn Văn An' },
        { ho: 'Tôn Nữ', dem: 'Thị', ten: 'Hoa', fullName: 'Tôn Nữ Thị Hoa' },
      ]),
    );
  });

  it('maps "Họ và tên đệm | Tên": the first word of the first column is the họ', async () => {
    const read = await readFile(t, 'members', fixture('ho-dem-ten.xlsx'));
    expect(read.mapping).toMatchObject({ fullName: null, ho: null, hoDem: 1, dem: null, ten: 2 });
    const { preview } = await previewMembers(t, fixture('ho-dem-ten.xlsx'));
    expect(parsedByRow(preview)).toEqual({ 2: ['Hoàng', 'Thị Thanh', 'Hương'], 3: ['Lò', '', 'Pả'] });
    expect(counts(preview).good).toBe(2);
  });

  it('reads "Họ và tên" whole when the file has a "Tên" column beside it but no Họ column', async () => {
    const read = await readFile(t, 'members', fixture('ho-ten-va-ten.xlsx'));
    expect(read.mapping).toMatchObject({ fullName: 1, ho: null, hoDem: null, dem: null, ten: 2 });
    const checked = await previewMembers(t, fixture('ho-ten-va-ten.xlsx'));
    expect(parsedByRow(checked.preview)).toEqual({ 2: ['Nguyễn', 'Văn', 'An'], 3: ['Tôn', 'Nữ Thị', 'Hoa'], 4: ['Lê', '', 'Bích'], 5: [] });
    expect(errorsByRow(checked.preview)).toEqual({ 5: ['Thiếu Họ và tên: mỗi dòng cần họ và tên hội viên.'] });
    await commitMembers(t, checked);
    const stored = t.query('SELECT full_name AS fullName FROM members ORDER BY full_name').map((row) => row.fullName);
    expect(stored).toEqual(['Lê Bích', 'Nguyễn Văn An', 'Tôn Nữ Thị Hoa']);
  });

  it('shows how a single "Họ và tên" column was split (first word as họ)', async () => {
    const { preview } = await previewMembers(t, fixture('messy.xlsx'));
    expect(parsedByRow(preview)[5]).toEqual(['Nguyễn', 'Văn', 'An']);
    expect(parsedByRow(preview)[6]).toEqual(['Trần', 'Thị', 'Bình']);
    expect(parsedByRow(preview)[12]).toEqual([]);
  });

  it('needs either "Họ và tên" or "Tên" in the mapping', async () => {
    const read = await readFile(t, 'members', fixture('name-columns.xlsx'));
    const refused = await t.call('lists.import.validate', { importId: read.importId, mapping: { ...read.mapping, ten: null }, options: {} });
    expect(refused.ok ? null : refused.error.message).toBe(
      'Tệp thiếu cột bắt buộc: Họ và tên (hoặc các cột Họ, Chữ đệm và Tên riêng). Hãy chọn cột tương ứng trong tệp, hoặc bổ sung cột vào tệp rồi nhập lại.',
    );
  });
});
