import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { rawCell } from './cell-values';
import { fileKindOf, type FileKind } from './file-signature';
import type { SheetGrid, SheetRow } from './sheet';

/** Rows past this are not read: far beyond any list the association keeps. */
export const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;

/** Why a file could not be read, by what its first bytes say it is (file-signature.ts). */
export const UNREADABLE_MESSAGES: Readonly<Record<FileKind, string>> = {
  'encrypted-office':
    'Tệp Excel này được đặt mật khẩu. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chọn lại tệp.',
  'old-office':
    'Đây là tệp Excel cũ (.xls) hoặc một tệp Office khác, Sổ Hội chỉ đọc tệp .xlsx. Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành → "Excel Workbook (.xlsx)", rồi chọn lại tệp mới.',
  pdf: 'Đây là tệp PDF, không phải tệp Excel (dù tên tệp có đuôi .xlsx). Hãy chọn tệp Excel (.xlsx) của danh sách.',
  zip: 'Tệp Excel này bị hỏng hoặc chưa được lưu trọn vẹn nên không đọc được. Hãy mở tệp bằng Excel; nếu mở được, lưu lại thành tệp mới rồi chọn lại tệp đó.',
  other: 'Không đọc được tệp này. Sổ Hội nhận tệp Excel dạng .xlsx; với tệp .csv hoặc tệp khác, hãy mở bằng Excel rồi lưu lại dạng "Excel Workbook (.xlsx)".',
};

/** Reads every worksheet of an .xlsx file into plain rows (merged cells give every cell the value). */
export async function readWorkbook(path: string): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new AppError('VALIDATION', UNREADABLE_MESSAGES[kindOrOther(path)]);
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet) }));
}

function kindOrOther(path: string): FileKind {
  try {
    return fileKindOf(path);
  } catch {
    return 'other';
  }
}

function rowsOf(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  const columnCount = Math.min(sheet.columnCount, MAX_COLUMNS);
  const rowCount = Math.min(sheet.rowCount, MAX_ROWS + 50);
  for (let rowNumber = 1; rowNumber <= rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells = Array.from({ length: columnCount }, (_unused, index) => rawCell(row.getCell(index + 1).value));
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    rows.push({ rowNumber, cells });
  }
  return rows;
}
