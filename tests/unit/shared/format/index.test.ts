import { describe, expect, it } from 'vitest';
import * as api from '../../../../shared/format';

const PUBLIC_FUNCTIONS = [
  'formatDate',
  'formatDateTimeVietnam',
  'formatHeaderDate',
  'formatMoney',
  'formatNumber',
  'formatPercent',
  'isValidIsoDate',
  'joinFullName',
  'moneyInWords',
  'normalizeText',
  'normalizeTonePlacement',
  'numberInWords',
  'parseDateVi',
  'personSortKey',
  'searchKey',
  'sortKey',
  'splitFullName',
  'startOfDayVietnam',
  'todayInVietnam',
];

describe('shared/format public API', () => {
  const exported: Record<string, unknown> = { ...api };

  it('exports exactly the agreed names', () => {
    expect(Object.keys(exported).sort()).toEqual([...PUBLIC_FUNCTIONS].sort());
  });

  it.each(PUBLIC_FUNCTIONS.map((name) => [name]))('%s is a function', (name) => {
    expect(typeof exported[name]).toBe('function');
  });

  it.each([
    ['formatDate', api.formatDate('2024-01-05'), '05/01/2024'],
    ['formatHeaderDate', api.formatHeaderDate('Bắc Giang', '2024-01-05'), 'Bắc Giang, ngày 05 tháng 01 năm 2024'],
    ['formatNumber', api.formatNumber(1_250_000), '1.250.000'],
    ['formatPercent', api.formatPercent(99.1), '99,1 %'],
    ['formatMoney', api.formatMoney(5_000_000_000), '5.000.000.000 đồng'],
    ['moneyInWords', api.moneyInWords(5_000_000_000), 'Năm tỷ đồng'],
    ['sortKey', api.sortKey('Anh') < api.sortKey('Ánh'), true],
    ['numberInWords', api.numberInWords(21), 'hai mươi mốt'],
    ['parseDateVi', api.parseDateVi('5/1/2024').ok, true],
  ])('%s works through the index', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
