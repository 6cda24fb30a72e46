import { closeSync, openSync, readSync } from 'node:fs';

/**
 * What a file the user picked really is, from its first bytes (not from its name): an .xlsx is
 * a zip; a password-protected Office file is an OLE2 compound file (CFB) whose directory holds
 * an "EncryptionInfo" stream (MS-OFFCRYPTO 2.3.4); an old .xls is a CFB without it; a PDF starts
 * with "%PDF". Used to explain why a file could not be read.
 */
export type FileKind = 'zip' | 'encrypted-office' | 'old-office' | 'pdf' | 'other';

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ReadAt = (offset: number, length: number) => Buffer;

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURES = [Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('PK\u0005\u0006', 'latin1')];
const PDF_SIGNATURE = Buffer.from('%PDF', 'latin1');
/** A directory entry's name: UTF-16LE with its terminating NUL; its byte length sits at +64. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo\u0000', 'utf16le');
const DIRECTORY_ENTRY_SIZE = 128;
const NAME_LENGTH_OFFSET = 64;
/** Sector numbers from here on are not sectors (end of chain, free, FAT, DIFAT…): MS-CFB 2.1. */
const NOT_A_SECTOR = 0xfffffffa;
/** The header's DIFAT: the first 109 FAT sectors, at 0x4C. */
const HEADER_DIFAT_ENTRIES = 109;
/** Chains longer than this are not followed (a damaged file could loop; 4,096 sectors hold 16,384+ entries). */
const MAX_CHAIN = 4096;

/** Sector n starts after the header, which takes one sector. */
const sectorOffset = (sector: number, size: number) => (sector + 1) * size;

function uint32At(read: ReadAt, offset: number): number | null {
  const bytes = read(offset, 4);
  return bytes.length === 4 ? bytes.readUInt32LE(0) : null;
}

/** Where the FAT sector number `index` is: in the header's DIFAT, or further down the DIFAT chain. */
function fatSector(read: ReadAt, header: Buffer, size: number, index: number): number | null {
  if (index < HEADER_DIFAT_ENTRIES) return header.readUInt32LE(0x4c + index * 4);
  const perDifatSector = size / 4 - 1; // the last entry points to the next DIFAT sector
  let remaining = index - HEADER_DIFAT_ENTRIES;
  let difat: number | null = header.readUInt32LE(0x44);
  for (let step = 0; step < MAX_CHAIN && difat !== null && difat < NOT_A_SECTOR; step += 1) {
    if (remaining < perDifatSector) return uint32At(read, sectorOffset(difat, size) + remaining * 4);
    remaining -= perDifatSector;
    difat = uint32At(read, sectorOffset(difat, size) + perDifatSector * 4);
  }
  return null;
}

/** The sector after `sector` in its chain, from the FAT; null at the end or when the file is damaged. */
function nextSector(read: ReadAt, header: Buffer, size: number, sector: number): number | null {
  const perFatSector = size / 4;
  const fat = fatSector(read, header, size, Math.floor(sector / perFatSector));
  if (fat === null || fat >= NOT_A_SECTOR) return null;
  const next = uint32At(read, sectorOffset(fat, size) + (sector % perFatSector) * 4);
  return next === null || next >= NOT_A_SECTOR ? null : next;
}

function holdsEncryptionInfo(directory: Buffer): boolean {
  for (let at = 0; at + DIRECTORY_ENTRY_SIZE <= directory.length; at += DIRECTORY_ENTRY_SIZE) {
    const named = directory.subarray(at, at + ENCRYPTION_INFO.length).equals(ENCRYPTION_INFO);
    if (named && directory.readUInt16LE(at + NAME_LENGTH_OFFSET) === ENCRYPTION_INFO.length) return true;
  }
  return false;
}

/**
 * True when a compound file's directory has an entry named "EncryptionInfo". Reads the header,
 * then follows the directory's chain of sectors through the FAT (MS-CFB 2.2–2.6): a few
 * kilobytes whatever the file's size; text elsewhere in the file that spells the name does not count.
 */
export function hasEncryptionInfoEntryIn(read: ReadAt): boolean {
  const header = read(0, 512);
  if (header.length < 512 || !header.subarray(0, 8).equals(CFB_SIGNATURE)) return false;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return false;
  const size = 2 ** shift;
  let sector: number | null = header.readUInt32LE(0x30);
  for (let step = 0; step < MAX_CHAIN && sector !== null && sector < NOT_A_SECTOR; step += 1) {
    const directory = read(sectorOffset(sector, size), size);
    if (holdsEncryptionInfo(directory)) return true;
    sector = directory.length === size ? nextSector(read, header, size, sector) : null;
  }
  return false;
}

/** The same, for a compound file held in memory. */
export function hasEncryptionInfoEntry(file: Buffer): boolean {
  return hasEncryptionInfoEntryIn((offset, length) => file.subarray(offset, offset + length));
}

function fileReader(fd: number): ReadAt {
  return (offset, length) => {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, offset));
  };
}

export function fileKindOf(path: string): FileKind {
  const fd = openSync(path, 'r');
  try {
    const read = fileReader(fd);
    const head = read(0, 512);
    if (ZIP_SIGNATURES.some((signature) => head.subarray(0, 4).equals(signature))) return 'zip';
    if (head.subarray(0, 4).equals(PDF_SIGNATURE)) return 'pdf';
    if (head.length < 512 || !head.subarray(0, 8).equals(CFB_SIGNATURE)) return 'other';
    return hasEncryptionInfoEntryIn(read) ? 'encrypted-office' : 'old-office';
  } finally {
    closeSync(fd);
  }
}
