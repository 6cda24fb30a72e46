import { describe, expect, it } from 'vitest';
import { adminUnitKeys, bareUnitName, kindFromName } from '../../../db/admin-unit-keys';
import { isIsoDate } from '../../../db/dates';

describe('kindFromName', () => {
  it.each([
    ['Tỉnh Bắc Giang', 'tinh'],
    ['Thành phố Bắc Giang', 'thanh_pho'],
    ['Thị xã Chũ', 'thi_xa'],
    ['Huyện Lục Ngạn', 'huyen'],
    ['Thị trấn Chũ', 'thi_tran'],
    ['Xã Tân An', 'xa'],
    ['Phường Thọ Xương', 'phuong'],
    ['Đặc khu Vân Đồn', 'dac_khu'],
    ['Bắc Giang', undefined],
  ])('%s → %s', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });
});

describe('adminUnitKeys', () => {
  it('strips the kind word for the sort key only', () => {
    expect(bareUnitName('Thị xã Việt Yên', 'thi_xa')).toBe('Việt Yên');
    expect(bareUnitName('Việt Yên', 'thi_xa')).toBe('Việt Yên');
    const commune = adminUnitKeys('Xã Đồng Sơn', 'xa');
    const ward = adminUnitKeys('Phường Đồng Sơn', 'phuong');
    expect(commune.searchKey).toBe('xa dong son');
    expect(commune.sortKey).toBe(ward.sortKey);
  });

  it('sorts Vietnamese names by letter order, not by code point', () => {
    const names = ['Xã Đức Giang', 'Xã Dĩnh Trì', 'Phường Ấp Bắc', 'Xã Ân Thi', 'Xã An Bình'];
    const key = (name: string): string => adminUnitKeys(name, name.startsWith('Phường') ? 'phuong' : 'xa').sortKey;
    const sorted = [...names].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(sorted).toEqual(['Xã An Bình', 'Xã Ân Thi', 'Phường Ấp Bắc', 'Xã Dĩnh Trì', 'Xã Đức Giang']);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-07-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-7-1', false],
    ['01/07/2025', false],
    ['2025-07-01T00:00:00Z', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
