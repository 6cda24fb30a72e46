/**
 * A worksheet as the import pipeline sees it: plain values, no exceljs types. A cell keeps its
 * text as shown, and when Excel stored a date or a number, that too (dates as `YYYY-MM-DD`).
 */
export interface RawCell {
  text: string;
  date?: string;
  number?: number;
}

export interface SheetRow {
  /** 1-based row number in the sheet, for messages ("Dòng 12: …"). */
  rowNumber: number;
  /** By 0-based column index; null for an empty cell. */
  cells: (RawCell | null)[];
}

export interface SheetGrid {
  name: string;
  rows: SheetRow[];
}

export function cellText(cell: RawCell | null | undefined): string {
  return cell?.text ?? '';
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((cell) => cell === null || cell.text.trim() === '');
}
