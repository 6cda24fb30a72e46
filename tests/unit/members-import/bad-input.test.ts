import { describe, expect, it } from 'vitest';
import { UNREADABLE_MESSAGES } from '../../../electron/core/lists/workbook-reader';
import type { TestCore } from '../../helpers/core';
import { readFile } from '../lists/support';
import { fixture, freshCoreEachTest, runAnyJob } from './support';

let t: TestCore;
freshCoreEachTest((core) => {
  t = core;
});

async function readError(name: string): Promise<string> {
  const fileToken = t.core.files.register({ path: fixture(name), name });
  const finished = await runAnyJob(t, 'lists.import.read', { listType: 'members', fileToken });
  expect(finished.status).toBe('failed');
  return finished.error?.message ?? '';
}

/** Rows of the tables an import could write, and the audit rows of imports. */
function written() {
  return { members: t.count('members'), branches: t.count('branches'), imports: t.query("SELECT seq FROM audit_log WHERE action = 'import'").length };
}

describe('files that are not a members list, each with its own Vietnamese sentence', () => {
  it('says a password-protected workbook (a real encrypted .xlsx) must have its password removed, and how', async () => {
    const before = written();
    expect(await readError('password.xlsx')).toBe(
      'Tệp Excel này được đặt mật khẩu. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chọn lại tệp.',
    );
    expect(written()).toEqual(before);
  });

  it('says an old .xls (a compound file without encryption) must be saved as .xlsx', async () => {
    const before = written();
    expect(await readError('old-xls.xlsx')).toBe(
      'Đây là tệp Excel cũ (.xls) hoặc một tệp Office khác, Sổ Hội chỉ đọc tệp .xlsx. Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành → "Excel Workbook (.xlsx)", rồi chọn lại tệp mới.',
    );
    expect(written()).toEqual(before);
  });

  it('says a renamed PDF is a PDF', async () => {
    const before = written();
    expect(await readError('renamed-pdf.xlsx')).toBe('Đây là tệp PDF, không phải tệp Excel (dù tên tệp có đuôi .xlsx). Hãy chọn tệp Excel (.xlsx) của danh sách.');
    expect(written()).toEqual(before);
  });

  it('says a zip that is not a readable workbook is damaged', async () => {
    const before = written();
    expect(await readError('corrupt.xlsx')).toBe(
      'Tệp Excel này bị hỏng hoặc chưa được lưu trọn vẹn nên không đọc được. Hãy mở tệp bằng Excel; nếu mở được, lưu lại thành tệp mới rồi chọn lại tệp đó.',
    );
    expect(written()).toEqual(before);
  });

  it('gives the general message for anything else (a text file)', async () => {
    expect(await readError('make-fixtures.ts')).toBe(UNREADABLE_MESSAGES.other);
    expect(UNREADABLE_MESSAGES.other).toMatch(/^Không đọc được tệp này\. Sổ Hội nhận tệp Excel dạng \.xlsx/);
  });

  it('refuses an empty workbook: every sheet is empty', async () => {
    expect(await readError('empty-sheet.xlsx')).toBe('Tệp này không có dữ liệu: mọi trang tính đều trống. Hãy chọn tệp có danh sách.');
  });

  it('reads a sheet with only a header as no rows, and offers nothing to commit', async () => {
    const read = await readFile(t, 'members', fixture('header-only.xlsx'));
    expect(read.rowCount).toBe(0);
    const finished = await runAnyJob(t, 'lists.import.validate', { importId: read.importId, mapping: read.mapping, options: {} });
    expect(finished.result).toMatchObject({ total: 0, valid: 0, canCommit: false, counts: { good: 0, rejected: 0, duplicate: 0, skipped: 0 } });
    expect(t.count('members')).toBe(0);
  });
});
