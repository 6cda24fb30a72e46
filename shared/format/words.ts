/**
 * Numbers and amounts in words — "số tiền bằng chữ" (domain.md §7.3).
 *
 * Groups of three digits read with scales nghìn/ngàn, triệu, tỷ; above tỷ the
 * part in front of "tỷ" is read as a number of its own ("một nghìn tỷ",
 * "một triệu tỷ"). Empty groups are skipped ("mười triệu"); a non-leading
 * group is read in full, with "không trăm" and "linh"/"lẻ" ("hai nghìn không
 * trăm hai mươi ba", "một tỷ không trăm linh một").
 */

export interface NumberInWordsOptions {
  /** "nghìn" (northern, default) or "ngàn" (southern). */
  thousand?: 'nghìn' | 'ngàn';
  /** Word for a zero tens digit inside a group: "linh" (default) or "lẻ". */
  zeroTens?: 'linh' | 'lẻ';
  /** Unit 4 after "mươi": "bốn" (default) or "tư" ("hai mươi tư"). */
  fourAfterTens?: 'bốn' | 'tư';
}

export interface MoneyInWordsOptions extends NumberInWordsOptions {
  /** Append " chẵn" ("Năm tỷ đồng chẵn"). */
  exact?: boolean;
}

type ResolvedOptions = Required<NumberInWordsOptions>;

const MESSAGES = {
  notNatural: (n: number): string =>
    `Chỉ đọc được số nguyên không âm đến ${String(Number.MAX_SAFE_INTEGER)}, nhận được ${String(n)}.`,
} as const;

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const BILLION = 1_000_000_000;

function digitWord(digit: number): string {
  return DIGIT_WORDS[digit] ?? '';
}

/** The unit digit after "mươi" (tens 2–9): mốt, lăm, bốn/tư. */
function unitAfterMuoi(unit: number, options: ResolvedOptions): string {
  if (unit === 1) return 'mốt';
  if (unit === 4) return options.fourAfterTens;
  if (unit === 5) return 'lăm';
  return digitWord(unit);
}

/** Tens and units of a group (0–99), `full` when something stands before them. */
function readTensUnits(tens: number, unit: number, full: boolean, options: ResolvedOptions): string[] {
  if (tens === 0) {
    if (unit === 0) return [];
    return full ? [options.zeroTens, digitWord(unit)] : [digitWord(unit)];
  }
  if (tens === 1) {
    if (unit === 0) return ['mười'];
    return ['mười', unit === 5 ? 'lăm' : digitWord(unit)];
  }
  const words = [digitWord(tens), 'mươi'];
  return unit === 0 ? words : [...words, unitAfterMuoi(unit, options)];
}

/**
 * One group 1–999. `full` (a non-leading group) reads the hundreds even when
 * zero: 23 → "không trăm hai mươi ba".
 */
function readGroup(group: number, full: boolean, options: ResolvedOptions): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const unit = group % 10;
  const hasHundreds = full || hundreds > 0;
  const head = hasHundreds ? [digitWord(hundreds), 'trăm'] : [];
  return [...head, ...readTensUnits(tens, unit, hasHundreds, options)];
}

/** 1 ≤ n < 10⁹; `nonLeading` when a larger part (… tỷ) has already been read. */
function readBelowBillion(n: number, nonLeading: boolean, options: ResolvedOptions): string[] {
  const groups = [
    { value: Math.floor(n / 1_000_000), scale: 'triệu' },
    { value: Math.floor(n / 1000) % 1000, scale: options.thousand },
    { value: n % 1000, scale: '' },
  ];
  const words: string[] = [];
  let started = nonLeading;
  for (const { value, scale } of groups) {
    if (value === 0) continue;
    words.push(...readGroup(value, started, options));
    if (scale !== '') words.push(scale);
    started = true;
  }
  return words;
}

/** 1 ≤ n; the part before "tỷ" is read recursively. */
function readPositive(n: number, options: ResolvedOptions): string[] {
  if (n < BILLION) return readBelowBillion(n, false, options);
  const high = Math.floor(n / BILLION);
  const low = n % BILLION;
  const words = [...readPositive(high, options), 'tỷ'];
  return low === 0 ? words : [...words, ...readBelowBillion(low, true, options)];
}

function resolve(options: NumberInWordsOptions): ResolvedOptions {
  return {
    thousand: options.thousand ?? 'nghìn',
    zeroTens: options.zeroTens ?? 'linh',
    fourAfterTens: options.fourAfterTens ?? 'bốn',
  };
}

/**
 * A non-negative integer in lower-case words: 21 → "hai mươi mốt",
 * 1001 → "một nghìn không trăm linh một", 10¹² → "một nghìn tỷ".
 * Works up to Number.MAX_SAFE_INTEGER; RangeError otherwise.
 */
export function numberInWords(n: number, options: NumberInWordsOptions = {}): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(MESSAGES.notNatural(n));
  if (n === 0) return digitWord(0);
  return readPositive(n, resolve(options)).join(' ');
}

/** 5000000000 → "Năm tỷ đồng"; with `exact` → "Năm tỷ đồng chẵn". */
export function moneyInWords(dong: number, options: MoneyInWordsOptions = {}): string {
  const words = numberInWords(dong, options);
  const capitalised = words.charAt(0).toUpperCase() + words.slice(1);
  return `${capitalised} đồng${options.exact === true ? ' chẵn' : ''}`;
}
