import { beforeAll, describe, expect, it } from 'vitest';
import { joinFullName, personSortKey, splitFullName, type PersonName } from '../../../../shared/format/names';
import { namePartsCorpus } from './corpus';

const person = (ho: string, dem: string, ten: string): PersonName => ({ ho, dem, ten });

describe('splitFullName — first token họ, last token tên, the rest đệm', () => {
  it.each([
    ['Quách Khánh Vy', person('Quách', 'Khánh', 'Vy')],
    ['Nguyễn Văn An', person('Nguyễn', 'Văn', 'An')],
    ['Nguyễn Thị Minh Khai', person('Nguyễn', 'Thị Minh', 'Khai')],
    ['Lê Na', person('Lê', '', 'Na')],
    ['Vy', person('', '', 'Vy')],
    ['', person('', '', '')],
    ['   ', person('', '', '')],
    ['   Trần   Thị\u00A0Ánh  ', person('Trần', 'Thị', 'Ánh')],
    ['Nguye\u0302\u0303n Va\u0306n An', person('Nguy\u1EC5n', 'V\u0103n', 'An')],
    ['\u00D0ặng Văn \u00D0ức', person('\u0110ặng', 'Văn', '\u0110ức')],
    // Double surnames are not recognised: the UI must let the user correct this.
    ['Tôn Nữ Thị Hà', person('Tôn', 'Nữ Thị', 'Hà')],
  ])('%j → %j', (full, expected) => {
    expect(splitFullName(full)).toEqual(expected);
  });
});

describe('joinFullName — natural order, single spaces', () => {
  it.each([
    [person('Quách', 'Khánh', 'Vy'), 'Quách Khánh Vy'],
    [person('Nguyễn', 'Thị Minh', 'Khai'), 'Nguyễn Thị Minh Khai'],
    [person('Lê', '', 'Na'), 'Lê Na'],
    [person('', '', 'Vy'), 'Vy'],
    [person('', '', ''), ''],
    [person(' Trần ', ' Thị\u00A0 Thu ', ' Hà '), 'Trần Thị Thu Hà'],
    [person('Nguye\u0302\u0303n', '', 'An'), 'Nguy\u1EC5n An'],
  ])('%j → %j', (name, expected) => {
    expect(joinFullName(name)).toBe(expected);
  });

  it.each([['Quách Khánh Vy'], ['Nguyễn Thị Minh Khai'], ['Lê Na'], ['Vy']])(
    'splitFullName then joinFullName gives back %j',
    (full) => {
      expect(joinFullName(splitFullName(full))).toBe(full);
    },
  );
});

const sortPeople = (people: readonly PersonName[], order?: 'ten-first' | 'ho-first'): string[] =>
  [...people]
    .map((p) => ({ key: personSortKey(p, order), name: joinFullName(p) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.name);

describe('personSortKey — tên → đệm → họ by default (domain.md §5.2)', () => {
  const people = [
    person('Nguyễn', 'Văn', 'Anh'),
    person('Trần', '', 'An'),
    person('Bùi', '', 'Bình'),
    person('Lê', 'Thị', 'An'),
    person('Đỗ', 'Thị', 'An'),
    person('A', '', 'Anh'),
    person('Zương', 'Văn', 'An'),
    person('Bùi', '', 'Án'),
  ];

  it.each([
    [
      'ten-first',
      ['Trần An', 'Đỗ Thị An', 'Lê Thị An', 'Zương Văn An', 'Bùi Án', 'A Anh', 'Nguyễn Văn Anh', 'Bùi Bình'],
    ],
    [
      'ho-first',
      ['A Anh', 'Bùi Án', 'Bùi Bình', 'Đỗ Thị An', 'Lê Thị An', 'Nguyễn Văn Anh', 'Trần An', 'Zương Văn An'],
    ],
  ] as const)('%s', (order, expected) => {
    expect(sortPeople(people, order)).toEqual(expected);
  });

  it('defaults to ten-first', () => {
    expect(sortPeople(people)).toEqual(sortPeople(people, 'ten-first'));
    expect(personSortKey(person('Lê', 'Thị', 'An'))).toBe(personSortKey(person('Lê', 'Thị', 'An'), 'ten-first'));
  });

  it.each([
    [person('Zương', '', 'An'), person('A', '', 'Anh'), 'ten-first'],
    [person('An', '', 'Zy'), person('Anh', '', 'A'), 'ho-first'],
    [person('Lê', '', 'An'), person('Lê', 'A', 'An'), 'ten-first'],
    [person('Lê', 'Văn', 'An'), person('Lê', 'Văn Bình', 'An'), 'ten-first'],
    [person('Lê', 'Văn', 'an'), person('Lê', 'Văn', 'An'), 'ten-first'],
  ] as const)('%j sorts before %j (%s)', (first, second, order) => {
    expect(personSortKey(first, order) < personSortKey(second, order)).toBe(true);
  });

  it('keys are printable ASCII', () => {
    expect(personSortKey(person('Nguyễn', 'Thị Minh', 'Khai'))).toMatch(/^[ -~]+$/);
  });
});

describe('personSortKey — agrees with a column-by-column Intl.Collator("vi") sort', () => {
  let collator: Intl.Collator;
  beforeAll(() => {
    if (Intl.Collator.supportedLocalesOf(['vi']).length !== 1) {
      throw new Error('This Node has no "vi" collation data (built without full ICU).');
    }
    collator = new Intl.Collator('vi');
  });

  it.each([
    ['ten-first', 11],
    ['ho-first', 12],
  ] as const)('%s on 3000 seeded random names', (order, seed) => {
    const people = namePartsCorpus(seed, 3000);
    const columns = (p: PersonName): string[] => (order === 'ten-first' ? [p.ten, p.dem, p.ho] : [p.ho, p.dem, p.ten]);
    const byCollator = [...people].sort((a, b) => {
      const [x, y] = [columns(a), columns(b)];
      return x.reduce((result, part, i) => result || collator.compare(part, y[i] ?? ''), 0);
    });
    const byKey = [...people].sort((a, b) => {
      const [ka, kb] = [personSortKey(a, order), personSortKey(b, order)];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    expect(byKey).toEqual(byCollator);
  });
});
