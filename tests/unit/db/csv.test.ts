import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvRecords } from '../../../db/seed/csv';

describe('parseCsv', () => {
  it('reads plain and quoted fields', () => {
    expect(parseCsv('a,b,c\n1,"2",3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('handles commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('"x, y","say ""hi""","line 1\nline 2"\n')).toEqual([['x, y', 'say "hi"', 'line 1\nline 2']]);
  });

  it('handles CRLF, a BOM, a missing final newline, blank lines and empty fields', () => {
    expect(parseCsv('\uFEFFa,b\r\n\r\n,2\r\n3,')).toEqual([
      ['a', 'b'],
      ['', '2'],
      ['3', ''],
    ]);
  });

  it('normalises fields to NFC', () => {
    const decomposed = 'Nguye\u0302\u0303n'; // "Nguyễn" in NFD
    const [[field]] = parseCsv(`${decomposed}\n`) as [[string]];
    expect(field).toBe('Nguyễn');
    expect(field.normalize('NFC')).toBe(field);
  });

  it('rejects an unterminated quote and a stray quote', () => {
    expect(() => parseCsv('"abc\n')).toThrow(CsvError);
    expect(() => parseCsv('ab"c\n')).toThrow(CsvError);
    expect(() => parseCsv('"ab"c\n')).toThrow(CsvError);
  });
});

describe('parseCsvRecords', () => {
  it('keys records by header and checks the columns', () => {
    expect(parseCsvRecords('Mã,Tên\n"07210","Phường Hoàng Văn Thụ"\n', ['Mã'])).toEqual([
      { 'Mã': '07210', 'Tên': 'Phường Hoàng Văn Thụ' },
    ]);
    expect(() => parseCsvRecords('a,b\n1,2\n', ['c'])).toThrow(/Missing columns: c/);
    expect(() => parseCsvRecords('a,b\n1\n', [])).toThrow(/Row 2 has 1 fields/);
  });
});
