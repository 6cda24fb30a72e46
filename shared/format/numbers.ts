/**
 * Numbers and money (domain.md §7.2): "." groups thousands, "," marks decimals —
 * 1.250.000; 99,1 %; 5.000.000.000 đồng.
 * Built by hand, not with Intl 'vi-VN', so the output is the same in every runtime.
 */

const MESSAGES = {
  notFinite: (n: number): string => `Không định dạng được số ${String(n)}.`,
  fractionDigits: (digits: number): string =>
    `Số chữ số thập phân phải là số nguyên từ 0 đến 20, nhận được ${String(digits)}.`,
  notInteger: (n: number): string => `Số tiền phải là số nguyên đồng, nhận được ${String(n)}.`,
  tooLarge: (n: number): string => `Số tiền ${String(n)} quá lớn để tính chính xác.`,
} as const;

const THOUSANDS_SEPARATOR = '.';
const DECIMAL_SEPARATOR = ',';
/** Used when formatNumber gets no fractionDigits: like Intl's default, at most 3 decimals. */
const DEFAULT_MAX_FRACTION_DIGITS = 3;
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEPARATOR);
}

interface Decimal {
  integer: string;
  fraction: string;
}

/**
 * |n| as plain decimal text from its shortest round-trip digits (the digits
 * String(n) prints), never in exponent notation.
 */
function plainDecimal(abs: number): Decimal {
  const [mantissa = '0', exponent = '0'] = abs.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const point = Number(exponent) + 1;
  if (point <= 0) return { integer: '0', fraction: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { integer: digits + '0'.repeat(point - digits.length), fraction: '' };
  return { integer: digits.slice(0, point), fraction: digits.slice(point) };
}

/**
 * |n| with exactly `digits` decimals, rounded half away from zero on the shortest
 * decimal form, as Intl/ICU does (1.005 → "1.01", where toFixed gives "1.00").
 */
function roundedAbsolute(n: number, digits: number): Decimal {
  const { integer, fraction } = plainDecimal(Math.abs(n));
  if (fraction.length <= digits) return { integer, fraction: fraction.padEnd(digits, '0') };
  let kept = integer + fraction.slice(0, digits);
  if ((fraction[digits] ?? '0') >= '5') {
    kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  }
  const split = kept.length - digits;
  return { integer: kept.slice(0, split).replace(/^0+(?=\d)/, ''), fraction: kept.slice(split) };
}

function checkFractionDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new RangeError(MESSAGES.fractionDigits(digits));
  }
}

/**
 * 1250000 → "1.250.000"; (99.1, 1) → "99,1"; -1250 → "-1.250".
 * With `fractionDigits`, exactly that many decimals (rounded half away from zero
 * on the shortest decimal form, like Intl). Without it, integers print as is and other numbers get at most
 * 3 decimals, trailing zeros dropped. A result that rounds to zero has no sign.
 * Throws RangeError for NaN/±Infinity.
 */
export function formatNumber(n: number, fractionDigits?: number): string {
  if (!Number.isFinite(n)) throw new RangeError(MESSAGES.notFinite(n));
  if (fractionDigits !== undefined) checkFractionDigits(fractionDigits);
  const rounded = roundedAbsolute(n, fractionDigits ?? DEFAULT_MAX_FRACTION_DIGITS);
  const fraction = fractionDigits === undefined ? rounded.fraction.replace(/0+$/, '') : rounded.fraction;
  const grouped = groupThousands(rounded.integer);
  const body = fraction === '' ? grouped : grouped + DECIMAL_SEPARATOR + fraction;
  const isZero = /^0*$/.test(rounded.integer + fraction);
  return n < 0 && !isZero ? `-${body}` : body;
}

/** A value already in percent: (99.1) → "99,1 %" (ui.md: space before "%"). */
export function formatPercent(n: number, fractionDigits = 1): string {
  return `${formatNumber(n, fractionDigits)} %`;
}

/**
 * 5000000000 → "5.000.000.000 đồng". Whole đồng only, and within
 * ±Number.MAX_SAFE_INTEGER (beyond it integers are not exact): RangeError otherwise.
 */
export function formatMoney(dong: number): string {
  if (!Number.isInteger(dong)) throw new RangeError(MESSAGES.notInteger(dong));
  if (!Number.isSafeInteger(dong)) throw new RangeError(MESSAGES.tooLarge(dong));
  return `${formatNumber(dong, 0)} đồng`;
}
