import { describe, expect, it } from 'vitest';
import { dialogFiltersFor, safeFileName } from '../../../electron/main/dialog-filters';

describe('dialogFiltersFor (accept list → open dialog filters)', () => {
  it.each([
    [['.xlsx'], [{ name: 'Tệp Excel', extensions: ['xlsx'] }]],
    [['.XLSX', '.xls'], [{ name: 'Tệp Excel', extensions: ['xlsx', 'xls'] }]],
    [['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], [{ name: 'Tệp Excel', extensions: ['xlsx'] }]],
    [['.xlsx', '.csv'], [{ name: 'Tệp được hỗ trợ', extensions: ['xlsx', 'csv'] }]],
    [['application/pdf', '.pdf'], [{ name: 'Tệp PDF', extensions: ['pdf'] }]],
    [['image/*'], [{ name: 'Hình ảnh', extensions: ['png', 'jpg', 'jpeg'] }]],
    [['.sohoi'], [{ name: 'Tệp .sohoi', extensions: ['sohoi'] }]],
    [[], []],
    [['*', 'xlsx', '.x/y', 'text/unknown'], []],
  ])('%j → %j', (accept, filters) => {
    expect(dialogFiltersFor(accept)).toEqual(filters);
  });
});

describe('safeFileName (a name proposed in the save dialog)', () => {
  it.each([
    ['Báo cáo tổng kết 2025.pdf', 'Báo cáo tổng kết 2025.pdf'],
    ['Ba\u0301o ca\u0301o.pdf', 'Báo cáo.pdf'],
    ['..\\..\\Windows\\win.ini', '_.._Windows_win.ini'],
    ['a/b:c*d?e"f<g>h|i.xlsx', 'a_b_c_d_e_f_g_h_i.xlsx'],
    ['a\u0007b\nc.pdf', 'a_b_c.pdf'],
    ['  .hidden.  ', 'hidden'],
    ['', 'tep'],
    ['...', 'tep'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('keeps names short enough for Windows paths', () => {
    expect(safeFileName('a'.repeat(400)).length).toBe(180);
  });
});
