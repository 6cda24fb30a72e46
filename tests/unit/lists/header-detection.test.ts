import { describe, expect, it } from 'vitest';
import { autoMap, dataRowsOf, detectHeader, layoutKey } from '../../../electron/core/lists/header-detection';
import { readWorkbook } from '../../../electron/core/lists/workbook-reader';
import type { SheetGrid, SheetRow } from '../../../electron/core/lists/sheet';
import { LIST_SPECS } from '../../../shared/schemas/list-specs';
import { REFERENCE_UNITS_FILE, writeSheet } from './support';

function row(rowNumber: number, texts: (string | null)[]): SheetRow {
  return { rowNumber, cells: texts.map((text) => (text === null ? null : { text })) };
}

const UNITS = LIST_SPECS['admin-units'];

describe('finding the header row', () => {
  it('finds the header of the statistics office file on row 1 and maps every column by its label', async () => {
    const detected = detectHeader(await readWorkbook(REFERENCE_UNITS_FILE), UNITS);
    expect(detected.headerIndex).toBe(0);
    expect(detected.mapping).toEqual({ provinceName: 0, provinceCode: 1, districtName: 2, districtCode: 3, communeName: 4, communeCode: 5, communeKind: 6 });
    expect(dataRowsOf(detected)).toHaveLength(192);
  });

  it('skips title rows in merged cells, a blank row and the column-number row', async () => {
    const path = await writeSheet(
      [
        ['DANH MỤC ĐƠN VỊ HÀNH CHÍNH TỈNH BẮC GIANG'],
        ['(Kèm theo Quyết định số 124/2004/QĐ-TTg)'],
        [],
        ['STT', 'Tỉnh/Thành phố', 'Mã tỉnh', 'Quận/Huyện', 'Mã huyện', 'Xã, phường, thị trấn', 'Mã xã', 'Loại'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
        [1, 'Tỉnh Bắc Giang', '24', 'Huyện Yên Dũng', '221', 'Xã Tân An', '07237', 'Xã'],
        [],
        [2, 'Tỉnh Bắc Giang', '24', 'Huyện Yên Dũng', '221', 'Xã Lãng Sơn', '07240', 'Xã'],
      ],
      { merges: ['A1:H1', 'A2:H2'] },
    );
    const detected = detectHeader(await readWorkbook(path), UNITS);
    expect(detected.sheet.rows[detected.headerIndex]?.rowNumber).toBe(4);
    expect(detected.mapping).toEqual({ provinceName: 1, provinceCode: 2, districtName: 3, districtCode: 4, communeName: 5, communeCode: 6, communeKind: 7 });
    expect(dataRowsOf(detected).map((data) => data.rowNumber)).toEqual([6, 8]);
  });

  it('gives a merged cell its value in every row it covers (a district written once for its communes)', async () => {
    const path = await writeSheet(
      [
        ['Tỉnh Thành Phố', 'Mã TP', 'Quận Huyện', 'Mã QH', 'Phường Xã', 'Mã PX', 'Cấp'],
        ['Tỉnh Bắc Giang', '24', 'Huyện Yên Dũng', '221', 'Xã Tân An', '07237', 'Xã'],
        ['Tỉnh Bắc Giang', '24', null, null, 'Xã Lãng Sơn', '07240', 'Xã'],
      ],
      { merges: ['C2:C3', 'D2:D3'] },
    );
    const detected = detectHeader(await readWorkbook(path), UNITS);
    const rows = dataRowsOf(detected);
    expect(rows.map((data) => data.cells[2]?.text)).toEqual(['Huyện Yên Dũng', 'Huyện Yên Dũng']);
    expect(rows.map((data) => data.cells[3]?.text)).toEqual(['221', '221']);
  });

  it('picks the sheet that holds the list when the first sheet is a cover page', () => {
    const cover: SheetGrid = { name: 'Bìa', rows: [row(1, ['Báo cáo năm 2025'])] };
    const list: SheetGrid = { name: 'Danh sách', rows: [row(1, ['Mã xã', 'Tên xã', 'Từ ngày', 'Quyết định'])] };
    const detected = detectHeader([cover, list], LIST_SPECS['unit-flags']);
    expect(detected.sheet.name).toBe('Danh sách');
    expect(detected.mapping).toEqual({ unitCode: 0, unitName: 1, kind: null, validFrom: 2, validTo: null, decision: 3 });
  });

  it('matches headers without accents, case, punctuation or the required-field star', () => {
    const mapping = autoMap(row(1, ['TEN XA', 'ma xa (*)', 'Đến ngày', 'tu ngay', 'Quyết định số', 'Khu vực']), LIST_SPECS['unit-flags']);
    expect(mapping).toEqual({ unitCode: 1, unitName: 0, kind: 5, validFrom: 3, validTo: 2, decision: null });
  });

  it('says in Vietnamese which columns it looked for when no header is found', () => {
    const sheet: SheetGrid = { name: 'Sheet1', rows: [row(1, ['Họ và tên', 'Ngày sinh']), row(2, ['Nguyễn Văn An', '01/02/2010'])] };
    expect(() => detectHeader([sheet], UNITS)).toThrow(
      'Không tìm thấy dòng tiêu đề cột trong tệp. Dòng tiêu đề cần có các cột như: Tỉnh Thành Phố, Mã TP, Phường Xã, Mã PX, Cấp.',
    );
  });

  it('identifies a layout by its headers, whatever their accents', () => {
    const a = layoutKey('unit-flags', [{ index: 0, text: 'Mã xã' }, { index: 1, text: 'Từ ngày' }]);
    const b = layoutKey('unit-flags', [{ index: 0, text: 'MA XA' }, { index: 1, text: 'tu ngay' }]);
    const c = layoutKey('unit-flags', [{ index: 1, text: 'Mã xã' }, { index: 0, text: 'Từ ngày' }]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a.startsWith('lists.layout.unit-flags.')).toBe(true);
  });
});
