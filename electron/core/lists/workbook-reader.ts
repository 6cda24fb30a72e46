import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { rawCell } from './cell-values';
import type { SheetGrid, SheetRow } from './sheet';

/** Rows past this are not read: far beyond any list the association keeps. */
export const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;

const UNREADABLE =
  'Không đọc được tệp này. Sổ Hội nhận tệp Excel dạng .xlsx; với tệp .xls cũ hoặc .csv, hãy mở bằng Excel rồi lưu lại dạng "Excel Workbook (.xlsx)".';

/** Reads every worksheet of an .xlsx file into plain rows (merged cells give every cell the value). */
export async function readWorkbook(path: string): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    throw new AppError('VALIDATION', UNREADABLE);
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: rowsOf(sheet) }));
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
