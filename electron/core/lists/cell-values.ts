import type { CellValue } from 'exceljs';
import { formatDate, normalizeText } from '../../../shared/format';
import type { RawCell } from './sheet';

/**
 * exceljs values → RawCell. Dates from exceljs are UTC instants (stack.md): the calendar day is
 * read with getUTC*, never in local time, or a date would land on the day before in UTC+7.
 */

export function isoOfUtcDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** An Excel serial day number (1900 system) → `YYYY-MM-DD`, or null outside 1900–2100. */
export function isoOfExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 73415) return null;
  const epoch = Date.UTC(1899, 11, 30);
  return isoOfUtcDate(new Date(epoch + Math.floor(serial) * 86_400_000));
}

function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

type Scalar = string | number | boolean | Date | null | undefined;

function scalarOf(value: CellValue): Scalar | { error: string } {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? null : scalarOf(value.result);
  if ('error' in value) return { error: value.error };
  return null;
}

export function rawCell(value: CellValue): RawCell | null {
  const scalar = scalarOf(value);
  if (scalar === null || scalar === undefined) return null;
  if (scalar instanceof Date) {
    const iso = isoOfUtcDate(scalar);
    return iso ? { text: formatDate(iso), date: iso } : null;
  }
  if (typeof scalar === 'number') return { text: numberText(scalar), number: scalar };
  if (typeof scalar === 'boolean') return { text: scalar ? 'Có' : 'Không' };
  if (typeof scalar === 'object') return { text: scalar.error };
  const text = normalizeText(scalar);
  return text === '' ? null : { text };
}
