import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { headerKey, type ListSpec } from '../../../shared/schemas/list-specs';
import type { ColumnMapping, SheetInfo } from '../../../shared/schemas/lists';
import { cellText, isBlankRow, type SheetGrid, type SheetRow } from './sheet';

/** How far down a sheet the header may be (title rows, the issuing body, a blank line …). */
const HEADER_SEARCH_ROWS = 30;

export interface DetectedHeader {
  sheet: SheetGrid;
  /** Index of the header in `sheet.rows`. */
  headerIndex: number;
  headers: { index: number; text: string }[];
  mapping: ColumnMapping;
}

/**
 * Matches a header row against a spec: first every column by its canonical label, then by its
 * variants; a sheet column feeds one spec column at most. Matching ignores accents, case and
 * punctuation ("Tỉnh/Thành phố" = "Tỉnh Thành Phố").
 */
export function autoMap(row: SheetRow, spec: ListSpec): ColumnMapping {
  const keys = row.cells.map((cell) => headerKey(cellText(cell)));
  const mapping: ColumnMapping = Object.fromEntries(spec.columns.map((column) => [column.key, null]));
  const taken = new Set<number>();
  const assign = (names: (column: ListSpec['columns'][number]) => readonly string[]) => {
    for (const column of spec.columns) {
      if (mapping[column.key] !== null) continue;
      const wanted = new Set(names(column).map(headerKey));
      const index = keys.findIndex((key, at) => key !== '' && !taken.has(at) && wanted.has(key));
      if (index >= 0) {
        mapping[column.key] = index;
        taken.add(index);
      }
    }
  };
  assign((column) => [column.label]);
  assign((column) => column.aliases);
  return mapping;
}

function mappedCount(mapping: ColumnMapping): number {
  return Object.values(mapping).filter((index) => index !== null).length;
}

/** The columns a header must have, for messages: the required ones and one of each alternative. */
function expectedLabels(spec: ListSpec): string[] {
  const firstOfGroups = new Set((spec.requiredOneOf ?? []).map((group) => group.keys[0]));
  return spec.columns.filter((column) => column.required || firstOfGroups.has(column.key)).map((column) => column.label);
}

function bestHeaderIn(sheets: readonly SheetGrid[], spec: ListSpec): { found: DetectedHeader | null; score: number } {
  let found: DetectedHeader | null = null;
  let score = 0;
  for (const sheet of sheets) {
    sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, headerIndex) => {
      const mapping = autoMap(row, spec);
      const mapped = mappedCount(mapping);
      if (mapped <= score) return;
      score = mapped;
      const headers = row.cells.flatMap((cell, index) => (cellText(cell) === '' ? [] : [{ index, text: cellText(cell) }]));
      found = { sheet, headerIndex, headers, mapping };
    });
  }
  return { found, score };
}

function recognised(result: { found: DetectedHeader | null; score: number }, spec: ListSpec): DetectedHeader | null {
  return result.found !== null && result.score >= Math.min(2, spec.columns.length) ? result.found : null;
}

/** Rows with at least one non-empty cell. */
export function filledRowCount(sheet: SheetGrid): number {
  return sheet.rows.filter((row) => !isBlankRow(row)).length;
}

/** Every sheet of the file with its filled rows and whether this list's header is in it. */
export function sheetInfos(sheets: readonly SheetGrid[], spec: ListSpec): SheetInfo[] {
  return sheets.map((sheet) => ({ name: sheet.name, rows: filledRowCount(sheet), hasHeader: recognised(bestHeaderIn([sheet], spec), spec) !== null }));
}

/**
 * Finds the header row: in the named sheet, or else in the sheet whose row matches the most
 * columns of the spec (the first such row). Refuses with a Vietnamese sentence that says why.
 */
export function detectHeader(sheets: readonly SheetGrid[], spec: ListSpec, sheetName?: string): DetectedHeader {
  const chosen = sheetName === undefined ? sheets : sheets.filter((sheet) => sheet.name === sheetName);
  if (sheetName !== undefined && chosen.length === 0) throw new AppError('NOT_FOUND', `Tệp không có trang nào tên "${sheetName}". Hãy chọn lại trang.`);
  const found = recognised(bestHeaderIn(chosen, spec), spec);
  if (found) return found;
  const expected = expectedLabels(spec).join(', ');
  if (chosen.every((sheet) => filledRowCount(sheet) === 0)) {
    throw new AppError('VALIDATION', sheetName === undefined ? 'Tệp này không có dữ liệu: mọi trang tính đều trống. Hãy chọn tệp có danh sách.' : `Trang "${sheetName}" trống, không có dòng nào. Hãy chọn trang có danh sách.`);
  }
  const where = sheetName === undefined ? 'trong tệp' : `trong trang "${sheetName}"`;
  throw new AppError('VALIDATION', `Không tìm thấy dòng tiêu đề cột ${where}. Dòng tiêu đề cần có các cột như: ${expected}.`);
}

/** A row of column numbers under the header — "1 2 3 …" or "(1) (2) (3) …" — is not data. */
function isColumnNumberRow(row: SheetRow): boolean {
  const texts = row.cells.map(cellText).filter((text) => text !== '');
  if (texts.length < 2) return false;
  const numbers = texts.map((text) => /^\(?(\d{1,2})\)?$/.exec(text)?.[1]);
  return numbers.every((number, at) => number !== undefined && Number(number) === Number(numbers[0]) + at);
}

/** The data rows under the header: blank rows, a column-number row and repeated headers skipped. */
export function dataRowsOf(detected: DetectedHeader): SheetRow[] {
  const header = detected.sheet.rows[detected.headerIndex];
  const headerText = header ? header.cells.map(cellText).join('|') : '';
  return detected.sheet.rows
    .slice(detected.headerIndex + 1)
    .filter((row) => !isBlankRow(row) && !isColumnNumberRow(row) && row.cells.map(cellText).join('|') !== headerText);
}

/** Identifies a layout: the list type and the header texts in order (accent-insensitive). */
export function layoutKey(listType: string, headers: readonly { index: number; text: string }[]): string {
  const signature = headers.map((header) => `${header.index}:${headerKey(header.text)}`).join('|');
  return `lists.layout.${listType}.${createHash('sha256').update(signature).digest('hex').slice(0, 24)}`;
}
