import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKindOf, hasEncryptionInfoEntry, hasEncryptionInfoEntryIn, type ReadAt } from '../../../electron/core/lists/file-signature';
import { compoundFile } from '../../fixtures/members-import/make-fixtures';

const fixture = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'members-import', name);

function fileOf(bytes: Buffer | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sohoi-signature-')), 'tep.xlsx');
  writeFileSync(path, bytes);
  return path;
}

/**
 * A compound file whose directory takes two sectors, 1 and 3, with a data sector (2) between
 * them that holds, at an aligned offset, text looking like an "EncryptionInfo" entry. The FAT
 * (sector 0) chains 1 → 3; `streamInSecondSector` is the only entry of sector 3.
 */
function twoSectorDirectory(streamInSecondSector: string): Buffer {
  const file = Buffer.concat([compoundFile(['Workbook']), Buffer.alloc(1024)]);
  file.writeUInt32LE(3, 512 + 4); // FAT: sector 1 → 3
  file.writeUInt32LE(0xfffffffe, 512 + 8); // sector 2: a one-sector stream
  file.writeUInt32LE(0xfffffffe, 512 + 12); // sector 3: end of the directory
  const lookalike = Buffer.from('EncryptionInfo\u0000', 'utf16le');
  lookalike.copy(file, 3 * 512 + 128);
  file.writeUInt16LE(lookalike.length, 3 * 512 + 128 + 64);
  const name = Buffer.from(`${streamInSecondSector}\u0000`, 'utf16le');
  name.copy(file, 4 * 512);
  file.writeUInt16LE(name.length, 4 * 512 + 64);
  return file;
}

/** Reads from a buffer and counts the bytes asked for. */
function countingReader(file: Buffer): { read: ReadAt; bytes: () => number } {
  let bytes = 0;
  return {
    read: (offset, length) => {
      bytes += length;
      return file.subarray(offset, offset + length);
    },
    bytes: () => bytes,
  };
}

describe('telling files apart by their first bytes', () => {
  it('finds "EncryptionInfo" as a directory entry of a compound file, not as text elsewhere in it', () => {
    expect(hasEncryptionInfoEntry(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toBe(true);
    expect(hasEncryptionInfoEntry(compoundFile(['EncryptedPackage', 'EncryptionInfo']))).toBe(true);
    expect(hasEncryptionInfoEntry(compoundFile(['Workbook']))).toBe(false);
    const mentioned = Buffer.concat([compoundFile(['Workbook']), Buffer.alloc(6), Buffer.from('EncryptionInfo\u0000', 'utf16le')]);
    expect(hasEncryptionInfoEntry(mentioned)).toBe(false);
  });

  it('follows the directory through the FAT, reading a few sectors whatever the size of the file', () => {
    expect(hasEncryptionInfoEntry(twoSectorDirectory('EncryptionInfo'))).toBe(true);
    expect(hasEncryptionInfoEntry(twoSectorDirectory('Book'))).toBe(false);
    const large = countingReader(Buffer.concat([twoSectorDirectory('EncryptionInfo'), Buffer.alloc(8 * 1024 * 1024)]));
    expect(hasEncryptionInfoEntryIn(large.read)).toBe(true);
    expect(large.bytes()).toBeLessThanOrEqual(4 * 512);
  });

  it('tells a large encrypted file (300 MB) from an old .xls without reading it whole', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sohoi-signature-')), 'lon.xlsx');
    const fd = openSync(path, 'w');
    try {
      writeSync(fd, compoundFile(['EncryptionInfo', 'EncryptedPackage']));
      ftruncateSync(fd, 300 * 1024 * 1024); // sparse: no disk used
    } finally {
      closeSync(fd);
    }
    expect(fileKindOf(path)).toBe('encrypted-office');
  });

  it('names each kind of file', () => {
    expect(fileKindOf(fixture('password.xlsx'))).toBe('encrypted-office');
    expect(fileKindOf(fileOf(compoundFile(['EncryptionInfo', 'EncryptedPackage'])))).toBe('encrypted-office');
    expect(fileKindOf(fixture('old-xls.xlsx'))).toBe('old-office');
    expect(fileKindOf(fixture('renamed-pdf.xlsx'))).toBe('pdf');
    expect(fileKindOf(fixture('corrupt.xlsx'))).toBe('zip');
    expect(fileKindOf(fixture('messy.xlsx'))).toBe('zip');
    expect(fileKindOf(fileOf('Họ và tên;Chi hội\n'))).toBe('other');
    expect(fileKindOf(fileOf(''))).toBe('other');
  });
});
