import { normalizeText, parseDateVi } from '../../../shared/format';
import type { ListSpec } from '../../../shared/schemas/list-specs';
import type { ColumnMapping } from '../../../shared/schemas/lists';
import { isoOfExcelSerial } from './cell-values';
import type { RawCell, SheetRow } from './sheet';

const PHONE_PATTERN = /^(\+84|0)\d{8,10}$/;

export interface RowReader {
  /** Vietnamese messages collected while reading; empty when the row is fine. */
  readonly errors: string[];
  rowNumber: number;
  /** Whether the column is in the file (mapped), whatever this row holds. */
  mapped(key: string): boolean;
  has(key: string): boolean;
  text(key: string, options?: { required?: boolean; max?: number }): string;
  /** Digits only; a number that lost its leading zeros is padded back to `width`. */
  code(key: string, options?: { required?: boolean; width?: number }): string | null;
  date(key: string, options?: { required?: boolean }): string | null;
  /** A phone kept as text; one stored as a number gets its leading 0 back. */
  phone(key: string): string;
  fail(message: string): void;
}

interface Reading {
  errors: string[];
  label(key: string): string;
  cell(key: string): RawCell | null;
  missing(key: string, required: boolean | undefined): void;
}

function readText(reading: Reading, key: string, options: { required?: boolean; max?: number }): string {
  const text = normalizeText(reading.cell(key)?.text ?? '');
  if (text === '') reading.missing(key, options.required);
  else if (options.max !== undefined && text.length > options.max) reading.errors.push(`${reading.label(key)} dài quá ${options.max} ký tự.`);
  return text;
}

function readCode(reading: Reading, key: string, options: { required?: boolean; width?: number }): string | null {
  const text = (reading.cell(key)?.text ?? '').replace(/\s/g, '');
  if (text === '') {
    reading.missing(key, options.required);
    return null;
  }
  if (!/^\d{1,8}$/.test(text)) {
    reading.errors.push(`${reading.label(key)} "${text}" không hợp lệ: mã chỉ gồm chữ số.`);
    return null;
  }
  return options.width !== undefined && text.length < options.width ? text.padStart(options.width, '0') : text;
}

function readDate(reading: Reading, key: string, options: { required?: boolean }): string | null {
  const cell = reading.cell(key);
  if (!cell || cell.text === '') {
    reading.missing(key, options.required);
    return null;
  }
  if (cell.date) return cell.date;
  const serial = cell.number === undefined ? null : isoOfExcelSerial(cell.number);
  if (serial) return serial;
  const parsed = parseDateVi(cell.text);
  if (parsed.ok && parsed.precision === 'day') return parsed.iso;
  const reason = parsed.ok ? 'cần ghi đủ ngày, tháng, năm theo dạng dd/mm/yyyy.' : parsed.message;
  reading.errors.push(`${reading.label(key)} "${cell.text}": ${reason.charAt(0).toLocaleLowerCase('vi')}${reason.slice(1)}`);
  return null;
}

function readPhone(reading: Reading, key: string): string {
  const cell = reading.cell(key);
  if (!cell) return '';
  const repaired = cell.number !== undefined && /^[1-9]\d{8,9}$/.test(cell.text) ? `0${cell.text}` : normalizeText(cell.text);
  if (!PHONE_PATTERN.test(repaired.replace(/[\s.]/g, ''))) {
    reading.errors.push(`${reading.label(key)} "${cell.text}" không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84.`);
  }
  return repaired;
}

/** Reads one sheet row through the column mapping, with Vietnamese messages naming the column. */
export function rowReader(spec: ListSpec, mapping: ColumnMapping, row: SheetRow): RowReader {
  const reading: Reading = {
    errors: [],
    label: (key) => spec.columns.find((column) => column.key === key)?.label ?? key,
    cell: (key) => {
      const index = mapping[key];
      return index === null || index === undefined ? null : (row.cells[index] ?? null);
    },
    missing: (key, required) => {
      if (required) reading.errors.push(`Thiếu ${reading.label(key)}.`);
    },
  };
  return {
    errors: reading.errors,
    rowNumber: row.rowNumber,
    mapped: (key) => mapping[key] !== null && mapping[key] !== undefined,
    has: (key) => (reading.cell(key)?.text ?? '') !== '',
    text: (key, options = {}) => readText(reading, key, options),
    code: (key, options = {}) => readCode(reading, key, options),
    date: (key, options = {}) => readDate(reading, key, options),
    phone: (key) => readPhone(reading, key),
    fail: (message) => void reading.errors.push(message),
  };
}
