import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../helpers/core';
import { readFile, recordingPlatform } from '../lists/support';
import { smallTree } from '../members/support';
import { counts, errorsByRow, fixture, previewMembers } from './support';

let t: TestCore;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z', platform: recordingPlatform().platform });
  await smallTree(t);
});

afterEach(async () => {
  await t?.close();
});

const parsedByRow = (preview: Awaited<ReturnType<typeof previewMembers>>['preview']) => Object.fromEntries(preview.rows.map((row) => [row.rowNumber, row.parsed]));

describe('the name in separate columns (domain.md §5.1: họ, đệm, tên as the office wrote them)', () => {
  it('maps "Họ | Tên đệm | Tên", keeps a double surname whole and shows the split in the preview', async () => {
    const read = await readFile(t, 'members', fixture('name-columns.xlsx'));
    expect(read.mapping).toMatchObject({ fullName: null, ho: 1, hoDem: null, dem: 2, ten: 3 });
    const { importId, preview } = await previewMembers(t, fixture('name-columns.xlsx'));
    expect(preview.parsedColumns).toEqual(['Họ', 'Đệm', 'Tên']);
    expect(parsedByRow(preview)).toEqual({ 2: ['Tôn Nữ', 'Thị', 'Hoa'], 3: ['Âu Dương', '', 'Phong'], 4: ['Nguyễn', 'Văn', 'An'], 5: ['Trần', 'Thị', ''] });
    expect(errorsByRow(preview)).toEqual({ 5: ['Thiếu Tên: cột Tên của dòng này để trống, hãy ghi tên hội viên.'] });
    expect(counts(preview)).toEqual({ good: 3, rejected: 1, duplicate: 0, totals: 0 });
    await t.value('lists.import.commit', { importId });
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
      'Tệp thiếu cột bắt buộc: Họ và tên (hoặc Họ, Chữ đệm và Tên ở các cột riêng). Hãy chọn cột tương ứng trong tệp, hoặc bổ sung cột vào tệp rồi nhập lại.',
    );
  });
});
