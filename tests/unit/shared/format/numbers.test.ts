import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent } from '../../../../shared/format/numbers';
import { mulberry32, pick, randomInt } from './prng';

describe('formatNumber — dot thousands, comma decimals (domain.md §7.2)', () => {
  it.each([
    [1_250_000, undefined, '1.250.000'],
    [99.1, 1, '99,1'],
    [-1250, undefined, '-1.250'],
    [5_000_000_000, undefined, '5.000.000.000'],
    [300_000, undefined, '300.000'],
    [0, undefined, '0'],
    [7, undefined, '7'],
    [999, undefined, '999'],
    [1000, undefined, '1.000'],
    [12_345, undefined, '12.345'],
    [123_456, undefined, '123.456'],
    [-1_250_000, undefined, '-1.250.000'],
    [-999, undefined, '-999'],
    [Number.MAX_SAFE_INTEGER, undefined, '9.007.199.254.740.991'],
    [1e21, undefined, '1.000.000.000.000.000.000.000'],
    [1e21, 2, '1.000.000.000.000.000.000.000,00'],
    [99.14, 1, '99,1'],
    [99.16, 1, '99,2'],
    [1, 2, '1,00'],
    [1234.5678, 2, '1.234,57'],
    [-1234.5678, 2, '-1.234,57'],
    [1_250_000, 0, '1.250.000'],
    [0.5, 0, '1'],
    [1.5, 0, '2'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [0.125, 2, '0,13'],
    [1.005, 2, '1,01'], // rounds the shortest decimal form, like Intl (toFixed gives 1.00)
    [1.255, 2, '1,26'],
    [99.15, 1, '99,2'],
    [0.05, 1, '0,1'],
    [9.995, 2, '10,00'],
    [999_999.5, 0, '1.000.000'],
    [1e-7, undefined, '0'],
    [1e-7, 3, '0,000'],
    [5e-7, 6, '0,000001'],
    [123.456, 20, '123,45600000000000000000'],
    [-0, undefined, '0'],
    [-0.04, 1, '0,0'],
    [-0.0004, undefined, '0'],
    [99.1, undefined, '99,1'],
    [1234.5, undefined, '1.234,5'],
    [0.12345, undefined, '0,123'],
    [2.0004, undefined, '2'],
    [1999.9996, undefined, '2.000'],
    [0.1 + 0.2, undefined, '0,3'],
  ])('(%d, %s) → %s', (n, digits, expected) => {
    expect(formatNumber(n, digits)).toBe(expected);
  });

  it.each([
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [Number.NEGATIVE_INFINITY, 2],
    [1, -1],
    [1, 1.5],
    [1, 21],
  ])('(%d, %s) → RangeError', (n, digits) => {
    expect(() => formatNumber(n, digits)).toThrow(RangeError);
  });

  it('agrees with Intl en-US (separators swapped) on 5000 seeded random numbers', () => {
    const random = mulberry32(20240105);
    const swap = (s: string): string => s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
    const mismatches: string[] = [];
    for (let i = 0; i < 5000; i += 1) {
      const magnitude = 10 ** (randomInt(random, 32) - 10);
      const n = (random() - 0.5) * 2 * magnitude;
      const digits = pick(random, [undefined, 0, 1, 2, 3, 6, 20]);
      const intl = new Intl.NumberFormat('en-US', {
        minimumFractionDigits: digits ?? 0,
        maximumFractionDigits: digits ?? 3,
        signDisplay: 'negative',
      });
      const expected = swap(intl.format(n));
      const actual = formatNumber(n, digits);
      if (actual !== expected) mismatches.push(`${String(n)} (${String(digits)}): ${actual} ≠ ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('formatPercent — a value already in percent, "99,1 %"', () => {
  it.each([
    [99.1, undefined, '99,1 %'],
    [99.1, 0, '99 %'],
    [100, undefined, '100,0 %'],
    [12.3456, 2, '12,35 %'],
    [-5.5, undefined, '-5,5 %'],
    [1234.56, 1, '1.234,6 %'],
    [0, undefined, '0,0 %'],
  ])('(%d, %s) → %s', (n, digits, expected) => {
    expect(formatPercent(n, digits)).toBe(expected);
  });
});

describe('formatMoney — integers with " đồng"', () => {
  it.each([
    [5_000_000_000, '5.000.000.000 đồng'],
    [1_250_000, '1.250.000 đồng'],
    [300_000, '300.000 đồng'],
    [0, '0 đồng'],
    [500, '500 đồng'],
    [-1250, '-1.250 đồng'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991 đồng'],
  ])('%d → %s', (dong, expected) => {
    expect(formatMoney(dong)).toBe(expected);
  });

  it.each([[1.5], [0.1], [-0.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])(
    '%d → RangeError',
    (dong) => {
      expect(() => formatMoney(dong)).toThrow(RangeError);
    },
  );
});
