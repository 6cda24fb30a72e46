import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTimeVietnam,
  formatHeaderDate,
  isValidIsoDate,
  parseDateVi,
  startOfDayVietnam,
  todayInVietnam,
} from '../../../../shared/format/dates';

const FORMAT_MESSAGE = 'Ngày phải có dạng dd/mm/yyyy, ví dụ 05/01/2024.';
const MONTH_MESSAGE = 'Tháng phải từ 1 đến 12.';
const YEAR_MESSAGE = 'Năm phải từ 1900 đến 2100.';

describe('formatDate — dd/mm/yyyy, padded (domain.md §7.1)', () => {
  it.each([
    ['2024-01-05', '05/01/2024'],
    ['2023-12-08', '08/12/2023'],
    ['2023-05-10', '10/05/2023'],
    ['2024-02-29', '29/02/2024'],
    ['1900-01-01', '01/01/1900'],
    ['2100-12-31', '31/12/2100'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it.each([['2024-1-5'], ['05/01/2024'], ['2024-02-30'], ['2023-02-29'], [''], ['2024-01-05T00:00']])(
    '%j → RangeError',
    (iso) => {
      expect(() => formatDate(iso)).toThrow(RangeError);
    },
  );
});

describe('formatHeaderDate — days < 10 and months 1, 2 padded', () => {
  it.each([
    ['Bắc Giang', '2024-01-05', 'Bắc Giang, ngày 05 tháng 01 năm 2024'],
    ['Bắc Giang', '2023-11-14', 'Bắc Giang, ngày 14 tháng 11 năm 2023'],
    ['Bắc Giang', '2020-01-05', 'Bắc Giang, ngày 05 tháng 01 năm 2020'],
    ['Bắc Giang', '2019-06-29', 'Bắc Giang, ngày 29 tháng 6 năm 2019'],
    ['Hà Nội', '2024-02-09', 'Hà Nội, ngày 09 tháng 02 năm 2024'],
    ['Hà Nội', '2024-02-29', 'Hà Nội, ngày 29 tháng 02 năm 2024'],
    ['Bắc Giang', '2024-03-01', 'Bắc Giang, ngày 01 tháng 3 năm 2024'],
    ['Bắc Giang', '2024-04-10', 'Bắc Giang, ngày 10 tháng 4 năm 2024'],
    ['Bắc Giang', '2024-05-15', 'Bắc Giang, ngày 15 tháng 5 năm 2024'],
    ['Bắc Giang', '2024-07-07', 'Bắc Giang, ngày 07 tháng 7 năm 2024'],
    ['Bắc Giang', '2024-08-19', 'Bắc Giang, ngày 19 tháng 8 năm 2024'],
    ['Bắc Giang', '2024-09-02', 'Bắc Giang, ngày 02 tháng 9 năm 2024'],
    ['Bắc Giang', '2024-10-20', 'Bắc Giang, ngày 20 tháng 10 năm 2024'],
    ['Bắc Giang', '2024-12-31', 'Bắc Giang, ngày 31 tháng 12 năm 2024'],
    ['  Bắc \u00A0 Giang ', '2024-01-05', 'Bắc Giang, ngày 05 tháng 01 năm 2024'],
    ['Ba\u0306\u0301c Giang', '2024-01-05', 'B\u1EAFc Giang, ngày 05 tháng 01 năm 2024'],
    ['', '2024-01-05', 'ngày 05 tháng 01 năm 2024'],
    ['   ', '2024-01-05', 'ngày 05 tháng 01 năm 2024'],
  ])('(%j, %s) → %s', (place, iso, expected) => {
    expect(formatHeaderDate(place, iso)).toBe(expected);
  });

  it('rejects an invalid ISO date', () => {
    expect(() => formatHeaderDate('Bắc Giang', '2024-02-30')).toThrow(RangeError);
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2024-01-05', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-28', true],
    ['2024-04-30', true],
    ['2024-12-31', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-01-32', false],
    ['2024-04-31', false],
    ['2024-1-5', false],
    ['20240105', false],
    ['2024-01-05T00:00:00Z', false],
    [' 2024-01-05', false],
    ['', false],
    ['abcd-ef-gh', false],
  ])('%j → %s', (iso, expected) => {
    expect(isValidIsoDate(iso)).toBe(expected);
  });
});

describe('parseDateVi — accepted input', () => {
  it.each([
    ['5/1/2024', '2024-01-05', 'day'],
    ['05/01/2024', '2024-01-05', 'day'],
    ['05-01-2024', '2024-01-05', 'day'],
    ['05.01.2024', '2024-01-05', 'day'],
    ['2024-01-05', '2024-01-05', 'day'],
    ['2024-1-5', '2024-01-05', 'day'],
    ['  05/01/2024  ', '2024-01-05', 'day'],
    ['\t5/1/2024\n', '2024-01-05', 'day'],
    ['1980', '1980-01-01', 'year'],
    [' 1980 ', '1980-01-01', 'year'],
    ['1900', '1900-01-01', 'year'],
    ['2100', '2100-01-01', 'year'],
    ['29/02/2024', '2024-02-29', 'day'],
    ['29/2/2000', '2000-02-29', 'day'],
    ['31/01/2024', '2024-01-31', 'day'],
    ['30/04/1975', '1975-04-30', 'day'],
    ['1/1/1900', '1900-01-01', 'day'],
    ['31/12/2100', '2100-12-31', 'day'],
    ['14.11.2023', '2023-11-14', 'day'],
  ])('%j → %s (%s)', (text, iso, precision) => {
    expect(parseDateVi(text)).toEqual({ ok: true, iso, precision });
  });
});

describe('parseDateVi — rejected input, one Vietnamese sentence each', () => {
  it.each([
    ['31/02/2024', 'Ngày không hợp lệ: tháng 2 năm 2024 không có ngày 31.'],
    ['29/02/2023', 'Ngày không hợp lệ: tháng 2 năm 2023 không có ngày 29.'],
    ['29/02/1900', 'Ngày không hợp lệ: tháng 2 năm 1900 không có ngày 29.'],
    ['31/04/2024', 'Ngày không hợp lệ: tháng 4 năm 2024 không có ngày 31.'],
    ['32/01/2024', 'Ngày không hợp lệ: tháng 1 năm 2024 không có ngày 32.'],
    ['00/01/2024', 'Ngày không hợp lệ: tháng 1 năm 2024 không có ngày 0.'],
    ['2024-02-30', 'Ngày không hợp lệ: tháng 2 năm 2024 không có ngày 30.'],
    ['05/13/2024', MONTH_MESSAGE],
    ['05/00/2024', MONTH_MESSAGE],
    ['2024-13-01', MONTH_MESSAGE],
    ['05/01/20', FORMAT_MESSAGE],
    ['05/01/202', FORMAT_MESSAGE],
    ['05/01/20245', FORMAT_MESSAGE],
    ['05/01', FORMAT_MESSAGE],
    ['05/', FORMAT_MESSAGE],
    ['5', FORMAT_MESSAGE],
    ['24', FORMAT_MESSAGE],
    ['2024-01', FORMAT_MESSAGE],
    ['05/01-2024', FORMAT_MESSAGE],
    ['05 01 2024', FORMAT_MESSAGE],
    ['005/01/2024', FORMAT_MESSAGE],
    ['05/01/2024 10:00', FORMAT_MESSAGE],
    ['05/01/2024T', FORMAT_MESSAGE],
    ['\uFF10\uFF15/01/2024', FORMAT_MESSAGE],
    ['ngày 5 tháng 1', FORMAT_MESSAGE],
    ['abc', FORMAT_MESSAGE],
    ['05/01/1899', YEAR_MESSAGE],
    ['01/01/2101', YEAR_MESSAGE],
    ['31/02/1800', YEAR_MESSAGE],
    ['1899', YEAR_MESSAGE],
    ['2101', YEAR_MESSAGE],
    ['0000', YEAR_MESSAGE],
    ['', 'Chưa nhập ngày.'],
    ['   ', 'Chưa nhập ngày.'],
  ])('%j → %s', (text, message) => {
    const result = parseDateVi(text);
    expect(result).toEqual({ ok: false, message });
    if (!result.ok) expect(result.message).toMatch(/^[A-ZĐ][^\n]*[^.]\.$/u);
  });
});

describe('todayInVietnam — UTC+7, no daylight saving time', () => {
  it.each([
    ['2024-01-04T17:00:00Z', '2024-01-05'],
    ['2024-01-04T16:59:59Z', '2024-01-04'],
    ['2024-01-04T16:59:59.999Z', '2024-01-04'],
    ['2024-01-05T00:00:00Z', '2024-01-05'],
    ['2024-01-05T16:59:59Z', '2024-01-05'],
    ['2023-12-31T17:00:00Z', '2024-01-01'],
    ['2023-12-31T16:59:59Z', '2023-12-31'],
    ['2024-02-28T17:00:00Z', '2024-02-29'],
    ['2024-07-01T12:00:00Z', '2024-07-01'],
    ['2024-01-05T00:30:00+07:00', '2024-01-05'],
    ['2024-01-04T23:30:00-05:00', '2024-01-05'],
  ])('%s → %s', (instant, expected) => {
    expect(todayInVietnam(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => todayInVietnam(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('startOfDayVietnam — the UTC instant of 00:00 in Viet Nam', () => {
  it.each([
    ['2024-01-05', '2024-01-04T17:00:00.000Z'],
    ['2024-01-01', '2023-12-31T17:00:00.000Z'],
    ['2024-03-01', '2024-02-29T17:00:00.000Z'],
    ['1900-01-01', '1899-12-31T17:00:00.000Z'],
  ])('%s → %s', (iso, expected) => {
    expect(startOfDayVietnam(iso).toISOString()).toBe(expected);
  });

  it('is the first instant of todayInVietnam for every day of 2024', () => {
    const wrong: string[] = [];
    for (let day = new Date(Date.UTC(2024, 0, 1)); day.getUTCFullYear() === 2024; ) {
      const iso = day.toISOString().slice(0, 10);
      const start = startOfDayVietnam(iso).getTime();
      if (todayInVietnam(new Date(start)) !== iso) wrong.push(`${iso} start`);
      if (todayInVietnam(new Date(start - 1)) === iso) wrong.push(`${iso} start - 1 ms`);
      day = new Date(day.getTime() + 24 * 60 * 60 * 1000);
    }
    expect(wrong).toEqual([]);
  });

  it('rejects an invalid ISO date', () => {
    expect(() => startOfDayVietnam('2024-02-30')).toThrow(RangeError);
  });
});

describe('formatDateTimeVietnam', () => {
  it.each([
    ['2024-01-04T17:00:00.000Z', '05/01/2024 00:00'],
    ['2024-01-04T16:59:00.000Z', '04/01/2024 23:59'],
    ['2025-06-30T03:05:00.000Z', '30/06/2025 10:05'],
  ])('%s → %s', (instant, expected) => {
    expect(formatDateTimeVietnam(instant)).toBe(expected);
  });

  it('rejects a value that is not an instant', () => {
    expect(() => formatDateTimeVietnam('hôm qua')).toThrow(RangeError);
  });
});
