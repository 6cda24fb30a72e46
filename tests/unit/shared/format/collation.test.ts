import { beforeAll, describe, expect, it } from 'vitest';
import { sortKey } from '../../../../shared/format/collation';
import { mixedCorpus, nameCorpus } from './corpus';

const compareKeys = (a: string, b: string): number => {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
const byKey = (list: readonly string[]): string[] => [...list].sort(compareKeys);

let collator: Intl.Collator;

/** Fails loudly when Node's ICU has no Vietnamese tailoring: every comparison below relies on it. */
function vietnameseCollator(): Intl.Collator {
  if (Intl.Collator.supportedLocalesOf(['vi']).length !== 1) {
    throw new Error('This Node has no "vi" collation data (built without full ICU): cannot check sortKey.');
  }
  const c = new Intl.Collator('vi');
  // Root collation puts "Ăn" before "Anh" (ă = a + secondary breve); Vietnamese puts it after.
  if (c.compare('Anh', 'Ăn') >= 0) throw new Error('Intl.Collator("vi") is not using the Vietnamese tailoring.');
  return c;
}

beforeAll(() => {
  collator = vietnameseCollator();
});

describe('Intl.Collator("vi") is available', () => {
  it('supports the "vi" locale with its tailoring', () => {
    expect(Intl.Collator.supportedLocalesOf(['vi'])).toEqual(['vi']);
    expect(collator.resolvedOptions().locale).toBe('vi');
  });
});

describe('sortKey — examples of domain.md §5.3', () => {
  it('sorts the doc example like Intl.Collator("vi")', () => {
    const names = ['Ánh', 'Anh', 'Ăn', 'Âu', 'Đào', 'Dũng'];
    expect(byKey(names)).toEqual(['Anh', 'Ánh', 'Ăn', 'Âu', 'Dũng', 'Đào']);
    expect(byKey(names)).toEqual([...names].sort(collator.compare));
  });

  it('orders the alphabet a ă â b c d đ e ê (f) g h i (j) k … y (z)', () => {
    const alphabet = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
    const shuffled = [...alphabet].reverse();
    expect(byKey(shuffled)).toEqual(alphabet);
  });

  it.each([['a'], ['ă'], ['â'], ['e'], ['ê'], ['i'], ['o'], ['ô'], ['ơ'], ['u'], ['ư'], ['y']])(
    'orders tones on %s: none < huyền < hỏi < ngã < sắc < nặng',
    (vowel) => {
      const toned = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'].map((t) => (vowel + t).normalize('NFC'));
      expect(byKey([...toned].reverse())).toEqual(toned);
      expect(byKey(toned.map((s) => s.toUpperCase()).reverse())).toEqual(toned.map((s) => s.toUpperCase()));
    },
  );
});

describe('sortKey — pairs (first < second), checked against Intl.Collator too', () => {
  it.each([
    ['ang', 'anh', 'letters decide first'],
    ['áng', 'anh', 'letters decide first, whatever the tones'],
    ['ạng', 'anh', 'letters decide first, whatever the tones'],
    ['An', 'An Bình', 'prefix first'],
    ['An Bình', 'Anh', 'space before letters'],
    ['An Bình', 'An-Bình', 'space before punctuation'],
    ['A1', 'AA', 'digits before letters'],
    ['9', 'a', 'digits before letters'],
    ['Nguyen', 'Nguyễn', 'no tone before tone'],
    ['nguyễn', 'Nguyễn', 'lower case before upper case'],
    ['a', 'A', 'lower case before upper case'],
    ['An', 'án', 'tones before case'],
    ['Ă', 'â', 'letter before case'],
    ['hoà', 'hòa', 'the earlier tone mark weighs more'],
    ['d', 'đ', 'đ after d'],
    ['dz', 'đa', 'đ is its own letter'],
    ['az', 'ă', 'ă is its own letter'],
    ['ăz', 'â', 'â after ă'],
    ['oz', 'ô', 'ô is its own letter'],
    ['ôz', 'ơ', 'ơ after ô'],
    ['ơz', 'p', 'ơ before p'],
    ['uz', 'ư', 'ư is its own letter'],
    ['ưz', 'v', 'ư before v'],
    ['ez', 'ê', 'ê is its own letter'],
    ['ê', 'f', 'ê before f'],
    ['Ư', 'ừ', 'tone before case'],
    ['', 'a', 'empty first'],
    ['c', 'ç', 'other marks after the base letter'],
    ['ú', 'ü', 'other marks after the tones'],
    ['ü', 'ư', 'ü is a u'],
    ['z', '中', 'other scripts after the letters'],
  ])('%j < %j (%s)', (a, b) => {
    expect(compareKeys(a, b)).toBe(-1);
    expect(compareKeys(b, a)).toBe(1);
    expect(collator.compare(a, b)).toBeLessThan(0);
  });
});

describe('sortKey — equal keys for the same normalised text', () => {
  it.each([
    ['Nguye\u0302\u0303n', 'Nguy\u1EC5n'],
    ['\u00D0ào', '\u0110ào'],
    ['\u00F0ạt', '\u0111ạt'],
    ['An  Bình', 'An Bình'],
    [' An\u00A0Bình\t', 'An Bình'],
  ])('%j and %j', (a, b) => {
    expect(sortKey(a)).toBe(sortKey(b));
  });
});

describe('sortKey — key alphabet', () => {
  it.each([['Nguyễn Văn An'], [''], ['中文 ß æ'], ['Ắ Ố Ứ'], ['x\u0301\u0308'], [' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$']])(
    'key of %j is printable ASCII without quotes or backslash',
    (s) => {
      expect(sortKey(s)).toMatch(/^[!-~]+$/);
      expect(sortKey(s)).not.toMatch(/["'`\\]/);
    },
  );
});

function firstMismatches(list: readonly string[], limit: number): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < list.length && found.length < limit; i += 1) {
    const a = list[i] ?? '';
    const b = list[i + 1] ?? '';
    if (Math.sign(compareKeys(a, b)) !== Math.sign(collator.compare(a, b))) found.push(`${a} | ${b}`);
  }
  return found;
}

describe('sortKey — seeded corpora agree with Intl.Collator("vi")', () => {
  it.each([
    ['names', nameCorpus(1, 3000)],
    ['names', nameCorpus(2024, 3000)],
    ['letters, digits, punctuation', mixedCorpus(7, 3000)],
  ])('%s corpus: sort by sortKey = sort by collator', (_label, corpus) => {
    expect(corpus.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(corpus).size).toBeGreaterThan(2000);
    expect(firstMismatches(corpus, 10)).toEqual([]);
    expect(byKey(corpus)).toEqual([...corpus].sort(collator.compare));
  });

  it('the name corpus uses every Vietnamese letter with every tone, in both cases', () => {
    const corpus = [...nameCorpus(1, 3000), ...nameCorpus(2024, 3000)].join(' ');
    const missing: string[] = [];
    for (const vowel of [...'aăâeêioôơuưy']) {
      for (const tone of ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']) {
        const lower = (vowel + tone).normalize('NFC');
        for (const ch of [lower, lower.toUpperCase()]) if (!corpus.includes(ch)) missing.push(ch);
      }
    }
    for (const ch of ['đ', 'Đ']) if (!corpus.includes(ch)) missing.push(ch);
    expect(missing).toEqual([]);
  });
});
