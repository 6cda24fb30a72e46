import { describe, expect, it } from 'vitest';
import { parseRemovableDrives, REMOVABLE_DRIVES_COMMAND } from '../../../electron/main/guards';

const ONE = '{"DeviceID":"E:","VolumeName":"KINGSTON","FreeSpace":15032385536,"Size":31457280000}';
const TWO = `[${ONE},{"DeviceID":"F:","VolumeName":"","FreeSpace":1048576,"Size":2097152}]`;

describe('parseRemovableDrives (PowerShell ConvertTo-Json output)', () => {
  it.each([
    ['one drive (PowerShell prints a bare object)', ONE, [{ path: 'E:\\', label: 'KINGSTON (E:)', freeBytes: 15032385536, totalBytes: 31457280000 }]],
    [
      'two drives (an array); a nameless volume is called "Ổ USB"',
      TWO,
      [
        { path: 'E:\\', label: 'KINGSTON (E:)', freeBytes: 15032385536, totalBytes: 31457280000 },
        { path: 'F:\\', label: 'Ổ USB (F:)', freeBytes: 1048576, totalBytes: 2097152 },
      ],
    ],
    ['a UTF-8 BOM and a trailing newline', `\uFEFF${ONE}\r\n`, [{ path: 'E:\\', label: 'KINGSTON (E:)', freeBytes: 15032385536, totalBytes: 31457280000 }]],
    [
      'a Vietnamese volume name and a lower-case letter',
      '{"DeviceID":"g:","VolumeName":" Dữ liệu Hội ","FreeSpace":10,"Size":20}',
      [{ path: 'G:\\', label: 'Dữ liệu Hội (G:)', freeBytes: 10, totalBytes: 20 }],
    ],
    ['free space unknown', '{"DeviceID":"E:","VolumeName":"USB","FreeSpace":null,"Size":20}', [{ path: 'E:\\', label: 'USB (E:)', freeBytes: null, totalBytes: 20 }]],
    ['a card reader slot without a card (no size) is left out', '{"DeviceID":"H:","VolumeName":null,"FreeSpace":null,"Size":null}', []],
    ['no removable drive: empty output', '', []],
    ['whitespace only', ' \r\n', []],
    ['an empty array', '[]', []],
    ['garbage', 'Get-CimInstance : Access denied', []],
    ['truncated JSON', ONE.slice(0, 20), []],
    ['JSON of the wrong shape', '"E:"', []],
    ['null', 'null', []],
    ['a bad drive id is skipped, the good one kept', `[{"DeviceID":"\\\\\\\\server\\\\share","Size":1},${ONE}]`, [{ path: 'E:\\', label: 'KINGSTON (E:)', freeBytes: 15032385536, totalBytes: 31457280000 }]],
    ['negative or fractional sizes are not sizes', '{"DeviceID":"E:","VolumeName":"X","FreeSpace":-1,"Size":1.5}', []],
    ['sizes given as strings', '{"DeviceID":"E:","VolumeName":"X","FreeSpace":"5","Size":"10"}', [{ path: 'E:\\', label: 'X (E:)', freeBytes: 5, totalBytes: 10 }]],
  ])('%s', (_name, output, drives) => {
    expect(parseRemovableDrives(output)).toEqual(drives);
  });

  it('asks for DriveType 2 as JSON, in UTF-8, without double quotes that Windows would have to escape', () => {
    expect(REMOVABLE_DRIVES_COMMAND).toContain("Win32_LogicalDisk -Filter 'DriveType=2'");
    expect(REMOVABLE_DRIVES_COMMAND).toContain('Select-Object DeviceID,VolumeName,FreeSpace,Size | ConvertTo-Json');
    expect(REMOVABLE_DRIVES_COMMAND).toContain('[Console]::OutputEncoding = [System.Text.Encoding]::UTF8');
    expect(REMOVABLE_DRIVES_COMMAND).not.toContain('"');
  });
});
