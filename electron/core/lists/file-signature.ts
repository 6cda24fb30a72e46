import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/**
 * What a file the user picked really is, from its first bytes (not from its name): an .xlsx is
 * a zip; a password-protected Office file is an OLE2 compound file (CFB) whose directory holds
 * an "EncryptionInfo" stream (MS-OFFCRYPTO 2.3.4); an old .xls is a CFB without it; a PDF starts
 * with "%PDF". Used to explain why a file could not be read.
 */
export type FileKind = 'zip' | 'encrypted-office' | 'old-office' | 'pdf' | 'other';

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURES = [Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('PK\u0005\u0006', 'latin1')];
const PDF_SIGNATURE = Buffer.from('%PDF', 'latin1');
/** A directory entry's name: UTF-16LE with its terminating NUL; its byte length sits at +64. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo\u0000', 'utf16le');
const DIRECTORY_ENTRY_SIZE = 128;
const NAME_LENGTH_OFFSET = 64;
/** Compound files larger than this are not searched (far beyond any list an office keeps). */
const MAX_SCANNED_BYTES = 256 * 1024 * 1024;

function firstBytes(path: string, count: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const read = readSync(fd, buffer, 0, count, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * True when a compound file's directory has an entry named "EncryptionInfo". Directory entries
 * are 128 bytes, aligned within sectors (512 or 4096 bytes, both multiples of 128), after the
 * header sector; an entry's name field is followed at +64 by the name's byte length (30 here).
 */
export function hasEncryptionInfoEntry(file: Buffer): boolean {
  if (file.length < 512) return false;
  const sectorShift = file.readUInt16LE(0x1e);
  const headerSize = sectorShift === 12 ? 4096 : 512;
  for (let at = file.indexOf(ENCRYPTION_INFO, headerSize); at >= 0; at = file.indexOf(ENCRYPTION_INFO, at + 2)) {
    const aligned = at % DIRECTORY_ENTRY_SIZE === 0;
    if (aligned && at + NAME_LENGTH_OFFSET + 2 <= file.length && file.readUInt16LE(at + NAME_LENGTH_OFFSET) === ENCRYPTION_INFO.length) return true;
  }
  return false;
}

export function fileKindOf(path: string): FileKind {
  const head = firstBytes(path, 512);
  if (ZIP_SIGNATURES.some((signature) => head.subarray(0, 4).equals(signature))) return 'zip';
  if (head.subarray(0, 4).equals(PDF_SIGNATURE)) return 'pdf';
  if (head.length < 512 || !head.subarray(0, 8).equals(CFB_SIGNATURE)) return 'other';
  if (statSync(path).size > MAX_SCANNED_BYTES) return 'old-office';
  return hasEncryptionInfoEntry(readFileSync(path)) ? 'encrypted-office' : 'old-office';
}
