import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKindOf, hasEncryptionInfoEntry } from '../../../electron/core/lists/file-signature';
import { compoundFile } from '../../fixtures/members-import/make-fixtures';

const fixture = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'members-import', name);

function fileOf(bytes: Buffer | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sohoi-signature-')), 'tep.xlsx');
  writeFileSync(path, bytes);
  return path;
}

describe('telling files apart by their first bytes', () => {
  it('finds "EncryptionInfo" as a directory entry of a compound file, not as text elsewhere in it', () => {
    expect(hasEncryptionInfoEntry(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toBe(true);
    expect(hasEncryptionInfoEntry(compoundFile(['EncryptedPackage', 'EncryptionInfo']))).toBe(true);
    expect(hasEncryptionInfoEntry(compoundFile(['Workbook']))).toBe(false);
    const mentioned = Buffer.concat([compoundFile(['Workbook']), Buffer.alloc(6), Buffer.from('EncryptionInfo\u0000', 'utf16le')]);
    expect(hasEncryptionInfoEntry(mentioned)).toBe(false);
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
