/**
 * Dates (domain.md §7.1). ISO calendar dates "YYYY-MM-DD" inside the app,
 * dd/mm/yyyy on screen, "Bắc Giang, ngày 05 tháng 01 năm 2024" in headers.
 */
import { normalizeText } from './text';

/** Every message parseDateVi can return — one Vietnamese sentence each. */
const MESSAGES = {
  empty: 'Chưa nhập ngày.',
  format: 'Ngày phải có dạng dd/mm/yyyy, ví dụ 05/01/2024.',
  month: 'Tháng phải từ 1 đến 12.',
  year: 'Năm phải từ 1900 đến 2100.',
  day: (day: number, month: number, year: number): string =>
    `Ngày không hợp lệ: tháng ${month} năm ${year} không có ngày ${day}.`,
  invalidIso: (iso: string): string => `Ngày không hợp lệ: "${iso}" không phải ngày dạng YYYY-MM-DD.`,
  invalidInstant: 'Thời điểm không hợp lệ.',
} as const;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Viet Nam is UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export type ParsedDate =
  | { ok: true; iso: string; precision: 'day' | 'year' }
  | { ok: false; message: string };

interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INPUT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** d/m/yyyy with one separator used twice: "/", "-" or ".". */
const VI_INPUT = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YEAR_INPUT = /^(\d{4})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function toIso({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function isValidParts({ year, month, day }: DateParts): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function partsOfIso(iso: string): DateParts | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidParts(parts) ? parts : null;
}

function requireIso(iso: string): DateParts {
  const parts = partsOfIso(iso);
  if (!parts) throw new RangeError(MESSAGES.invalidIso(iso));
  return parts;
}

/** True for a real calendar date written exactly "YYYY-MM-DD" (proleptic Gregorian). */
export function isValidIsoDate(iso: string): boolean {
  return partsOfIso(iso) !== null;
}

/** "2024-01-05" → "05/01/2024". Throws RangeError on anything but a valid ISO date. */
export function formatDate(iso: string): string {
  const { year, month, day } = requireIso(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * Header date (ND 30/2020): "Bắc Giang, ngày 05 tháng 01 năm 2024".
 * Days below 10 and months 1 and 2 are zero-padded, other months are not.
 * An empty place gives just "ngày … tháng … năm …".
 */
export function formatHeaderDate(place: string, iso: string): string {
  const { year, month, day } = requireIso(iso);
  const monthText = month <= 2 ? pad2(month) : String(month);
  const date = `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
  const placeText = normalizeText(place);
  return placeText === '' ? date : `${placeText}, ${date}`;
}

function matchParts(text: string): { parts: DateParts; precision: 'day' | 'year' } | null {
  const vi = VI_INPUT.exec(text);
  if (vi) {
    return { parts: { day: Number(vi[1]), month: Number(vi[3]), year: Number(vi[4]) }, precision: 'day' };
  }
  const iso = ISO_INPUT.exec(text);
  if (iso) {
    return { parts: { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }, precision: 'day' };
  }
  const year = YEAR_INPUT.exec(text);
  if (year) return { parts: { year: Number(year[1]), month: 1, day: 1 }, precision: 'year' };
  return null;
}

/**
 * Parses a date typed by a user: "5/1/2024", "05/01/2024", "05-01-2024",
 * "05.01.2024", "2024-01-05", or a bare year "1980" (→ "1980-01-01", precision "year").
 * Strict: four-digit years 1900–2100 only, real calendar dates only.
 */
export function parseDateVi(text: string): ParsedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: MESSAGES.empty };
  const matched = matchParts(trimmed);
  if (!matched) return { ok: false, message: MESSAGES.format };
  const { parts, precision } = matched;
  if (parts.year < MIN_YEAR || parts.year > MAX_YEAR) return { ok: false, message: MESSAGES.year };
  if (parts.month < 1 || parts.month > 12) return { ok: false, message: MESSAGES.month };
  if (!isValidParts(parts)) {
    return { ok: false, message: MESSAGES.day(parts.day, parts.month, parts.year) };
  }
  return { ok: true, iso: toIso(parts), precision };
}

/** The calendar date "YYYY-MM-DD" in Viet Nam (Asia/Ho_Chi_Minh, UTC+7) at the instant `now`. */
export function todayInVietnam(now: Date): string {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError(MESSAGES.invalidInstant);
  const shifted = new Date(time + VIETNAM_OFFSET_MS);
  return toIso({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/** The UTC instant of 00:00 in Viet Nam on the given ISO date. */
export function startOfDayVietnam(iso: string): Date {
  const { year, month, day } = requireIso(iso);
  const utcMidnight = new Date(0);
  utcMidnight.setUTCFullYear(year, month - 1, day);
  return new Date(utcMidnight.getTime() - VIETNAM_OFFSET_MS);
}

/** An instant shown in Viet Nam's time as "dd/mm/yyyy HH:mm" (the audit trail, backups). */
export function formatDateTimeVietnam(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) throw new RangeError(MESSAGES.invalidInstant);
  const shifted = new Date(time + VIETNAM_OFFSET_MS);
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = formatDate(toIso({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }));
  return `${date} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}
