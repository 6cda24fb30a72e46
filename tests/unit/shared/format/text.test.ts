import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTonePlacement, searchKey } from '../../../../shared/format/text';

/** Expected values are written as escapes so the test file's own encoding cannot hide an NFD bug. */
const NGUYEN_NFC = 'Nguy\u1EC5n';
const NGUYEN_NFD = 'Nguye\u0302\u0303n';

describe('normalizeText — NFC, Đ look-alikes, white space (domain.md §5.4)', () => {
  it.each([
    [NGUYEN_NFD, NGUYEN_NFC],
    ['Tra\u0302\u0300n Thi\u0323 A\u0301nh', 'Tr\u1EA7n Th\u1ECB \u00C1nh'],
    ['\u00D0ào', '\u0110ào'],
    ['\u0189ức', '\u0110ức'],
    ['\u00F0ạt', '\u0111ạt'],
    ['\u0256ạt', '\u0111ạt'],
    ['Nguyễn \u00D0ức \u00F0ạt', 'Nguyễn \u0110ức \u0111ạt'],
    ['\u0110ào', '\u0110ào'],
    ['  An   Bình  ', 'An Bình'],
    ['An\u00A0Bình', 'An Bình'],
    ['An\tBình\n', 'An Bình'],
    ['An \u00A0\t Bình', 'An Bình'],
    ['An\u2009Bình\u3000', 'An Bình'],
    ['An\r\nBình', 'An Bình'],
    ['', ''],
    ['   ', ''],
    ['hoà', 'hoà'],
    ['thuỷ', 'thuỷ'],
  ])('%j → %j', (input, expected) => {
    const result = normalizeText(input);
    expect(result).toBe(expected);
    expect(result).toBe(result.normalize('NFC'));
  });
});

describe('searchKey — lower case, no marks, đ→d', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['nguyen van an', 'nguyen van an'],
    ['NGUYỄN VĂN AN', 'nguyen van an'],
    [NGUYEN_NFD, 'nguyen'],
    ['Đào Đức Đạt', 'dao duc dat'],
    ['\u00D0ào \u0189ức \u00F0ạt \u0256ạt', 'dao duc dat dat'],
    ['Hà Nội', 'ha noi'],
    ['Ắ Ố Ứ ặ ẫ ờ ữ ỵ', 'a o u a a o u y'],
    ['  Trần\u00A0\tThị   Ánh ', 'tran thi anh'],
    ['Bắc Giang', 'bac giang'],
    ['Quách Khánh Vy', 'quach khanh vy'],
    ['Hội Bảo vệ quyền trẻ em', 'hoi bao ve quyen tre em'],
    ['Số 12/QĐ-HBV', 'so 12/qd-hbv'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['tuỳ', 'tùy'],
    ['Khoẻ', 'khỏe'],
    ['Nguyễn Thị Hoà', 'nguyen thi hoa'],
    [NGUYEN_NFD, NGUYEN_NFC],
    ['\u00D0ặng', 'Đặng'],
  ])('%j and %j give the same key', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });

  it('folds every Vietnamese letter with every tone to one ASCII letter', () => {
    const bases = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];
    const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
    const keys = bases.flatMap((base) =>
      tones.flatMap((tone) => {
        const lower = (base + tone).normalize('NFC');
        return [searchKey(lower), searchKey(lower.toUpperCase())];
      }),
    );
    expect(keys.filter((key) => !/^[a-z]$/.test(key))).toEqual([]);
  });
});

describe('normalizeTonePlacement — old style → new style (canonical: "hòa", "thủy")', () => {
  it.each([
    ['hoà', 'hòa'],
    ['hoá', 'hóa'],
    ['hoả', 'hỏa'],
    ['hoã', 'hõa'],
    ['hoạ', 'họa'],
    ['hoè', 'hòe'],
    ['khoé', 'khóe'],
    ['khoẻ', 'khỏe'],
    ['hoẽ', 'hõe'],
    ['hoẹ', 'họe'],
    ['tuỳ', 'tùy'],
    ['huý', 'húy'],
    ['thuỷ', 'thủy'],
    ['huỹ', 'hũy'],
    ['luỵ', 'lụy'],
    ['HOÀ', 'HÒA'],
    ['Hoà', 'Hòa'],
    ['THUỶ', 'THỦY'],
    ['Thuỷ Tiên', 'Thủy Tiên'],
    ['Nguyễn Thị Hoà', 'Nguyễn Thị Hòa'],
    ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Hoà,Thuỷ-Tuỳ.', 'Hòa,Thủy-Tùy.'],
    ['hoa\u0300', 'hòa'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected);
  });

  it.each([
    ['hòa'],
    ['thủy'],
    ['hoa'],
    ['hoàng'],
    ['hoạch'],
    ['toàn'],
    ['huỳnh'],
    ['khuỷu'],
    ['quý'],
    ['quỳ'],
    ['Quý'],
    ['QUÝ'],
    ['thuyền'],
    ['Nguyễn'],
    ['Quách Khánh Vy'],
  ])('%j is left unchanged', (input) => {
    expect(normalizeTonePlacement(input)).toBe(input);
  });

  it.each([['hoà thuỷ'], ['Hòa'], ['quỷ'], ['HOẠ']])('is idempotent on %j', (input) => {
    const once = normalizeTonePlacement(input);
    expect(normalizeTonePlacement(once)).toBe(once);
  });
});
