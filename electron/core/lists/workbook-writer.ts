import ExcelJS from 'exceljs';

/**
 * Writes a list as .xlsx the way the office expects to open it (stack.md's traps): a formatted
 * header row that stays in view (frozen) with filters, real dates (UTC serials, shown
 * dd/mm/yyyy), phones and codes as text (leading 0 kept), numbers as numbers.
 */

export type CellKind = 'text' | 'code' | 'phone' | 'date' | 'instant' | 'number';
/** A date value given as `{ date: 'YYYY-MM-DD' }` is written as a date whatever the column's kind. */
export type ExportValue = string | number | null | { date: string };

export interface ExportColumn<T> {
  header: string;
  kind: CellKind;
  width?: number;
  value(row: T): ExportValue;
}

export interface ExportSheet<T> {
  name: string;
  columns: readonly ExportColumn<T>[];
  rows: readonly T[];
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DEFAULT_WIDTH: Readonly<Record<CellKind, number>> = { text: 28, code: 10, phone: 15, date: 12, instant: 17, number: 12 };
const NUMBER_FORMAT: Readonly<Record<CellKind, string>> = {
  text: '@',
  code: '@',
  phone: '@',
  date: 'dd/mm/yyyy',
  instant: 'dd/mm/yyyy hh:mm',
  number: '#,##0',
};

/** `YYYY-MM-DD` → the Date exceljs writes as that calendar day (UTC midnight). */
export function excelDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1900, (month ?? 1) - 1, day ?? 1));
}

function cellValue(kind: CellKind, value: ExportValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (typeof value === 'object') return excelDate(value.date);
  if (kind === 'date' && typeof value === 'string') return excelDate(value);
  // Excel has no time zones: an instant is shown as Vietnam's wall-clock time.
  if (kind === 'instant' && typeof value === 'string') return new Date(Date.parse(value) + VIETNAM_OFFSET_MS);
  if (kind === 'number') return typeof value === 'number' ? value : Number(value);
  return String(value);
}

/** Excel refuses sheet names longer than 31 characters or with : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31);
  return cleaned === '' ? 'Danh sách' : cleaned;
}

function styleHeader(sheet: ExcelJS.Worksheet, columnCount: number): void {
  const header = sheet.getRow(1);
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F3' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { bottom: { style: 'thin' }, top: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    cell.numFmt = '@';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(columnCount, 1) } };
}

function addSheet<T>(workbook: ExcelJS.Workbook, spec: ExportSheet<T>): void {
  const sheet = workbook.addWorksheet(safeSheetName(spec.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = spec.columns.map((column) => ({
    header: column.header,
    width: column.width ?? DEFAULT_WIDTH[column.kind],
    style: { numFmt: NUMBER_FORMAT[column.kind] },
  }));
  for (const row of spec.rows) {
    const added = sheet.addRow(spec.columns.map((column) => cellValue(column.kind, column.value(row))));
    spec.columns.forEach((column, index) => {
      const value = column.value(row);
      if (typeof value === 'object' && value !== null) added.getCell(index + 1).numFmt = NUMBER_FORMAT.date;
    });
  }
  styleHeader(sheet, spec.columns.length);
}

/** Writes one sheet to `path`. */
export async function writeListWorkbook<T>(path: string, sheet: ExportSheet<T>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sổ Hội';
  addSheet(workbook, sheet);
  await workbook.xlsx.writeFile(path);
}
