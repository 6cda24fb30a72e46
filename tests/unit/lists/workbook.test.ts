import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoOfExcelSerial, rawCell } from '../../../electron/core/lists/cell-values';
import { rowReader } from '../../../electron/core/lists/row-reader';
import { readWorkbook } from '../../../electron/core/lists/workbook-reader';
import { safeSheetName, writeListWorkbook, type ExportColumn } from '../../../electron/core/lists/workbook-writer';
import { LIST_SPECS } from '../../../shared/schemas/list-specs';
import { readWorkbookFile, writeSheet } from './support';

interface Person {
  name: string;
  phone: string;
  born: string;
  changedAt: string;
  count: number;
}

const COLUMNS: ExportColumn<Person>[] = [
  { header: 'Họ và tên', kind: 'text', value: (row) => row.name },
  { header: 'Điện thoại', kind: 'phone', value: (row) => row.phone },
  { header: 'Ngày sinh', kind: 'date', value: (row) => row.born },
  { header: 'Lúc sửa', kind: 'instant', value: (row) => row.changedAt },
  { header: 'Số lượng', kind: 'number', value: (row) => row.count },
];

async function exported(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'sohoi-export-test-')), 'xuat.xlsx');
  const rows = [{ name: 'Nguyễn Thị Ánh', phone: '0912345678', born: '2010-01-05', changedAt: '2025-01-04T17:30:00.000Z', count: 1250 }];
  await writeListWorkbook(path, { name: 'Danh sách: trẻ em/2025', columns: COLUMNS, rows });
  return path;
}

describe('writing a list to .xlsx', () => {
  it('keeps the calendar day of a date (a UTC serial, shown dd/mm/yyyy) and shows an instant in Vietnam time', async () => {
    const sheet = (await readWorkbookFile(await exported())).worksheets[0];
    const born = sheet?.getCell('C2');
    expect(born?.value).toEqual(new Date(Date.UTC(2010, 0, 5)));
    expect(born?.numFmt).toBe('dd/mm/yyyy');
    // 17:30 UTC on 4 January is 00:30 on 5 January in Vietnam.
    expect(sheet?.getCell('D2').value).toEqual(new Date(Date.UTC(2025, 0, 5, 0, 30)));
  });

  it('writes a phone as text with its leading zero, and a number as a number', async () => {
    const sheet = (await readWorkbookFile(await exported())).worksheets[0];
    expect(sheet?.getCell('B2').value).toBe('0912345678');
    expect(sheet?.getCell('B2').numFmt).toBe('@');
    expect(sheet?.getCell('E2').value).toBe(1250);
  });

  it('formats the header row, freezes it and puts filters on it', async () => {
    const sheet = (await readWorkbookFile(await exported())).worksheets[0];
    expect(sheet?.name).toBe('Danh sách  trẻ em 2025');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Họ và tên', 'Điện thoại', 'Ngày sinh', 'Lúc sửa', 'Số lượng']);
    expect(sheet?.getCell('A1').font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeTruthy();
  });

  it('gives Excel a legal sheet name', () => {
    expect(safeSheetName('Tổ chức Hội [2025]: danh sách đầy đủ các chi hội')).toHaveLength(31);
    expect(safeSheetName('???')).toBe('Danh sách');
  });
});

describe('reading cells', () => {
  it('reads an Excel date by its UTC calendar day, not the day before in UTC+7', () => {
    expect(rawCell(new Date(Date.UTC(2024, 0, 5)))).toEqual({ text: '05/01/2024', date: '2024-01-05' });
  });

  it('reads rich text, hyperlinks and formula results as text', () => {
    expect(rawCell({ richText: [{ text: 'Xã ' }, { text: 'Tân An' }] })?.text).toBe('Xã Tân An');
    expect(rawCell({ text: 'hoi@bacgiang.gov.vn', hyperlink: 'mailto:hoi@bacgiang.gov.vn' })?.text).toBe('hoi@bacgiang.gov.vn');
    expect(rawCell({ formula: 'A1+1', result: 42 })).toEqual({ text: '42', number: 42 });
    expect(rawCell('   ')).toBeNull();
  });

  it('turns an Excel serial day into a date (45296 is 05/01/2024)', () => {
    expect(isoOfExcelSerial(45296)).toBe('2024-01-05');
    expect(isoOfExcelSerial(-3)).toBeNull();
  });

  it('repairs a phone saved as a number and a code that lost its leading zeros', async () => {
    const path = await writeSheet([
      ['Tên tổ chức', 'Điện thoại', 'Mã ĐVHC', 'Ngày thành lập'],
      ['Chi hội Trường THCS Tân An', 912345678, 7237, '05/01/2024'],
      ['Chi hội Trường THCS Lãng Sơn', '09a', 'x12', '31/02/2024'],
    ]);
    const [sheet] = await readWorkbook(path);
    const mapping = { name: 0, phone: 1, unitCode: 2, foundedOn: 3 };
    const good = rowReader(LIST_SPECS.branches, mapping, sheet!.rows[1]!);
    expect([good.phone('phone'), good.code('unitCode', { width: 5 }), good.date('foundedOn')]).toEqual(['0912345678', '07237', '2024-01-05']);
    expect(good.errors).toEqual([]);
    const bad = rowReader(LIST_SPECS.branches, mapping, sheet!.rows[2]!);
    bad.phone('phone');
    bad.code('unitCode');
    bad.date('foundedOn');
    bad.text('kind', { required: true });
    expect(bad.errors).toEqual([
      'Điện thoại "09a" không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84.',
      'Mã ĐVHC "x12" không hợp lệ: mã chỉ gồm chữ số.',
      'Ngày thành lập "31/02/2024": ngày không hợp lệ: tháng 2 năm 2024 không có ngày 31.',
      'Thiếu Loại.',
    ]);
  });
});
