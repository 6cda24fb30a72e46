import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { BackupFs } from './backup-fs';
import { BackupProblem } from './problems';

/**
 * The `.sohoi` container (docs/backup-format.md):
 *
 *   magic "SOHOIBAK" (8) | header length, uint32 BE (4) | header JSON, UTF-8 | SHA-256 of all that (32)
 *   | payload | trailer: GCM tag (16, encrypted) or SHA-256 of the payload (32, plain)
 *
 * The header is readable without the passphrase; in an encrypted file it is the payload's
 * authenticated data, so a change to either is detected. The payload (plain text) is
 *   database length, uint64 BE (8) | the SQLite database file | manifest JSON, UTF-8.
 */
export const MAGIC = Buffer.from('SOHOIBAK', 'ascii');
export const FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = '.sohoi';
const LENGTH_BYTES = 4;
const HEADER_HASH_BYTES = 32;
const MAX_HEADER_BYTES = 64 * 1024;
export const GCM_TAG_BYTES = 16;
export const PLAIN_TRAILER_BYTES = 32;
export const DB_LENGTH_BYTES = 8;
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

const base64 = (bytes: number) => z.string().max(200).refine((value) => Buffer.from(value, 'base64').length === bytes);

/** scrypt bounds a header may ask for: a hostile file must not make us allocate gigabytes. */
export const kdfParams = z.object({
  name: z.literal('scrypt'),
  N: z.number().int().refine((n) => n >= 2 ** 10 && n <= 2 ** 20 && (n & (n - 1)) === 0),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: base64(16),
});
export type KdfParams = z.infer<typeof kdfParams>;

const encryption = z.discriminatedUnion('cipher', [
  z.object({ cipher: z.literal('aes-256-gcm'), iv: base64(12), kdf: kdfParams, keyCheck: base64(16) }),
  z.object({ cipher: z.literal('none') }),
]);

export const backupHeader = z.object({
  format: z.literal(FORMAT_VERSION),
  appVersion: z.string().min(1).max(50),
  /** The last migration applied to the database: its tag and drizzle's `created_at`. */
  schema: z.object({ tag: z.string().max(200), created: z.number().int().nonnegative() }),
  createdAt: z.iso.datetime(),
  organizationId: z.string().min(1).max(64),
  /** `usb`: made by the user, encrypted. `local`: an automatic backup in the data folder. */
  kind: z.enum(['usb', 'local']),
  /** Why a local backup was made (khoi-dong, hang-ngay, truoc-cap-nhat, truoc-khoi-phuc). */
  reason: z.string().max(40).nullable(),
  encryption,
});
export type BackupHeader = z.infer<typeof backupHeader>;

export const backupManifest = z.object({
  organizationName: z.string().max(500).nullable(),
  tables: z.record(z.string(), z.number().int().nonnegative()),
  database: z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** The audit trail's key (encrypted backups only), so the chain verifies on another PC. */
  auditKey: base64(32).optional(),
});
export type BackupManifest = z.infer<typeof backupManifest>;

/** Magic, header length, header and its SHA-256: the readable part, ready to write. */
export function encodePrelude(header: BackupHeader): { prelude: Buffer; aad: Buffer } {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(json.length);
  const aad = Buffer.concat([MAGIC, length, json]);
  return { prelude: Buffer.concat([aad, createHash('sha256').update(aad).digest()]), aad };
}

export interface OpenedBackup {
  header: BackupHeader;
  /** Magic, length and header bytes: the authenticated data of the payload. */
  aad: Buffer;
  payloadStart: number;
  /** Payload bytes, trailer excluded. */
  payloadLength: number;
  fileSize: number;
}

export function trailerBytes(header: BackupHeader): number {
  return header.encryption.cipher === 'none' ? PLAIN_TRAILER_BYTES : GCM_TAG_BYTES;
}

async function readAt(fs: BackupFs, path: string, position: number, length: number): Promise<Buffer> {
  const file = await fs.openRead(path);
  try {
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = await file.read(buffer.subarray(read), length - read, position + read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    await file.close();
  }
}

function parseHeaderJson(json: Buffer): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(json.toString('utf8'));
  } catch {
    throw new BackupProblem('damagedHeader');
  }
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (typeof format === 'number' && format > FORMAT_VERSION) throw new BackupProblem('unsupportedFormat');
  const parsed = backupHeader.safeParse(value);
  if (!parsed.success) throw new BackupProblem('damagedHeader');
  return parsed.data;
}

/** Reads and checks the readable part of a backup file; says plainly what is wrong with it. */
export async function openBackup(fs: BackupFs, path: string): Promise<OpenedBackup> {
  const fileSize = await fs.size(path);
  if (fileSize === 0) throw new BackupProblem('empty');
  const start = await readAt(fs, path, 0, MAGIC.length + LENGTH_BYTES);
  if (start.length < MAGIC.length || !start.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupProblem('notBackup');
  if (start.length < MAGIC.length + LENGTH_BYTES) throw new BackupProblem('damagedHeader');
  const headerLength = start.readUInt32BE(MAGIC.length);
  const aadLength = MAGIC.length + LENGTH_BYTES + headerLength;
  if (headerLength > MAX_HEADER_BYTES || aadLength + HEADER_HASH_BYTES > fileSize) throw new BackupProblem('damagedHeader');
  const prelude = await readAt(fs, path, 0, aadLength + HEADER_HASH_BYTES);
  const aad = prelude.subarray(0, aadLength);
  if (!createHash('sha256').update(aad).digest().equals(prelude.subarray(aadLength))) throw new BackupProblem('damagedHeader');
  const header = parseHeaderJson(aad.subarray(MAGIC.length + LENGTH_BYTES));
  const payloadStart = aadLength + HEADER_HASH_BYTES;
  const payloadLength = fileSize - payloadStart - trailerBytes(header);
  if (payloadLength < DB_LENGTH_BYTES) throw new BackupProblem('damaged');
  return { header, aad: Buffer.from(aad), payloadStart, payloadLength, fileSize };
}

/** The payload's first bytes: the database length. */
export function databaseLengthPrefix(bytes: number): Buffer {
  const prefix = Buffer.alloc(DB_LENGTH_BYTES);
  prefix.writeBigUInt64BE(BigInt(bytes));
  return prefix;
}
