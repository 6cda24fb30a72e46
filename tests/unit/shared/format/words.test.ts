import { describe, expect, it } from 'vitest';
import { moneyInWords, numberInWords } from '../../../../shared/format/words';

describe('numberInWords — examples of domain.md §7.3 and the brief', () => {
  it.each([
    [0, 'không'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi bốn'],
    [25, 'hai mươi lăm'],
    [45, 'bốn mươi lăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [1001, 'một nghìn không trăm linh một'],
    [2023, 'hai nghìn không trăm hai mươi ba'],
    [10_000_000, 'mười triệu'],
    [1_000_000_001, 'một tỷ không trăm linh một'],
    [5_000_000_000, 'năm tỷ'],
    [1_000_000_000_000, 'một nghìn tỷ'],
  ])('%d → %s', (n, expected) => {
    expect(numberInWords(n)).toBe(expected);
  });
});

describe('numberInWords — more readings (defaults: nghìn, linh, bốn)', () => {
  it.each([
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [7, 'bảy'],
    [10, 'mười'],
    [19, 'mười chín'],
    [31, 'ba mươi mốt'],
    [44, 'bốn mươi bốn'],
    [55, 'năm mươi lăm'],
    [90, 'chín mươi'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [104, 'một trăm linh bốn'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [205, 'hai trăm linh năm'],
    [999, 'chín trăm chín mươi chín'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [1015, 'một nghìn không trăm mười lăm'],
    [1100, 'một nghìn một trăm'],
    [1234, 'một nghìn hai trăm ba mươi bốn'],
    [10_000, 'mười nghìn'],
    [15_000, 'mười lăm nghìn'],
    [21_000, 'hai mươi mốt nghìn'],
    [100_000, 'một trăm nghìn'],
    [105_000, 'một trăm linh năm nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_001, 'một triệu không trăm linh một'],
    [1_000_010, 'một triệu không trăm mười'],
    [1_000_100, 'một triệu một trăm'],
    [1_001_000, 'một triệu không trăm linh một nghìn'],
    [1_250_000, 'một triệu hai trăm năm mươi nghìn'],
    [1_234_567, 'một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy'],
    [1_000_000_000, 'một tỷ'],
    [1_001_000_000, 'một tỷ không trăm linh một triệu'],
    [1_000_001_000, 'một tỷ không trăm linh một nghìn'],
    [2_500_000_000, 'hai tỷ năm trăm triệu'],
    [21_000_000_000, 'hai mươi mốt tỷ'],
    [1_000_000_000_001, 'một nghìn tỷ không trăm linh một'],
    [1_005_000_000_000, 'một nghìn không trăm linh năm tỷ'],
    [1_000_000_000_000_000, 'một triệu tỷ'],
    [
      999_999_999_999_999,
      'chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ ' +
        'chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín',
    ],
    [
      Number.MAX_SAFE_INTEGER,
      'chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ ' +
        'hai trăm năm mươi bốn triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt',
    ],
  ])('%d → %s', (n, expected) => {
    expect(numberInWords(n)).toBe(expected);
  });
});

describe('numberInWords — options', () => {
  it.each([
    [24, { fourAfterTens: 'tư' } as const, 'hai mươi tư'],
    [24, { fourAfterTens: 'bốn' } as const, 'hai mươi bốn'],
    [94, { fourAfterTens: 'tư' } as const, 'chín mươi tư'],
    [14, { fourAfterTens: 'tư' } as const, 'mười bốn'],
    [4, { fourAfterTens: 'tư' } as const, 'bốn'],
    [104, { fourAfterTens: 'tư' } as const, 'một trăm linh bốn'],
    [404, { fourAfterTens: 'tư' } as const, 'bốn trăm linh bốn'],
    [1001, { zeroTens: 'lẻ' } as const, 'một nghìn không trăm lẻ một'],
    [105, { zeroTens: 'lẻ' } as const, 'một trăm lẻ năm'],
    [1001, { thousand: 'ngàn' } as const, 'một ngàn không trăm linh một'],
    [1_000_000_000_000, { thousand: 'ngàn' } as const, 'một ngàn tỷ'],
    [
      1_024_024,
      { thousand: 'ngàn', zeroTens: 'lẻ', fourAfterTens: 'tư' } as const,
      'một triệu không trăm hai mươi tư ngàn không trăm hai mươi tư',
    ],
    [
      2_004_104,
      { thousand: 'ngàn', zeroTens: 'lẻ', fourAfterTens: 'tư' } as const,
      'hai triệu không trăm lẻ bốn ngàn một trăm lẻ bốn',
    ],
  ])('%d with %j → %s', (n, options, expected) => {
    expect(numberInWords(n, options)).toBe(expected);
  });
});

describe('numberInWords — rejects what it cannot read', () => {
  it.each([[-1], [1.5], [0.1], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])(
    '%d → RangeError',
    (n) => {
      expect(() => numberInWords(n)).toThrow(RangeError);
    },
  );
});

describe('moneyInWords', () => {
  it.each([
    [5_000_000_000, {}, 'Năm tỷ đồng'],
    [5_000_000_000, { exact: true }, 'Năm tỷ đồng chẵn'],
    [5_000_000_000, { exact: false }, 'Năm tỷ đồng'],
    [2023, {}, 'Hai nghìn không trăm hai mươi ba đồng'],
    [1_000_000_001, {}, 'Một tỷ không trăm linh một đồng'],
    [10_000_000, {}, 'Mười triệu đồng'],
    [1001, { zeroTens: 'lẻ' } as const, 'Một nghìn không trăm lẻ một đồng'],
    [0, {}, 'Không đồng'],
    [1_250_000, {}, 'Một triệu hai trăm năm mươi nghìn đồng'],
    [300_000, { thousand: 'ngàn', exact: true } as const, 'Ba trăm ngàn đồng chẵn'],
    [24_000, { fourAfterTens: 'tư' } as const, 'Hai mươi tư nghìn đồng'],
    [84_500_000, {}, 'Tám mươi bốn triệu năm trăm nghìn đồng'],
  ])('%d with %j → %s', (dong, options, expected) => {
    expect(moneyInWords(dong, options)).toBe(expected);
  });

  it.each([[-5], [1.5], [Number.NaN]])('%d → RangeError', (dong) => {
    expect(() => moneyInWords(dong)).toThrow(RangeError);
  });
});
