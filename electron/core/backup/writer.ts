import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { BackupFs, ReadableFile, WritableFile } from './backup-fs';
import { nodeBackupFs } from './backup-fs';
import { databaseLengthPrefix, encodePrelude, type BackupHeader, type BackupManifest } from './format';
import { createSealer } from './payload';

export const CHUNK_BYTES = 4 * 1024 * 1024;

export interface WriteBackupOptions {
  /** Where the backup goes (a stub in the fault tests). */
  fs: BackupFs;
  /** The consistent snapshot of the database, on the local disk. */
  snapshotPath: string;
  finalPath: string;
  header: BackupHeader;
  /** null for a plain (local) backup. */
  cipherKey: Buffer | null;
  /** The manifest, given the database's SHA-256 as it streams out. */
  manifest(database: BackupManifest['database']): BackupManifest;
  /** Called between chunks, before the rename: a safe point to cancel. */
  checkpoint?(): Promise<void>;
  onProgress?(writtenBytes: number, totalBytes: number): void;
}

export interface WrittenBackup {
  sizeBytes: number;
  databaseSha256: string;
  manifest: BackupManifest;
}

/** The name a backup is written under until it is complete and flushed. */
export function partPathOf(finalPath: string): string {
  return `${finalPath}.part`;
}

async function readChunk(source: ReadableFile, buffer: Buffer, position: number, size: number): Promise<Buffer> {
  const read = await source.read(buffer, Math.min(CHUNK_BYTES, size - position), position);
  if (read === 0) throw new Error('The snapshot ended early');
  return buffer.subarray(0, read);
}

/** Streams the snapshot into `sink`, reading the next chunk while the current one is sealed and written. */
async function streamDatabase(source: ReadableFile, size: number, sink: (plain: Buffer) => Promise<void>, options: WriteBackupOptions): Promise<string> {
  const hash = createHash('sha256');
  const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)] as const;
  let position = 0;
  let turn = 0;
  let next: Promise<Buffer> | null = size > 0 ? readChunk(source, buffers[0], 0, size) : null;
  while (next) {
    const chunk = await next;
    position += chunk.length;
    turn = 1 - turn;
    next = position < size ? readChunk(source, buffers[turn === 0 ? 0 : 1], position, size) : null;
    next?.catch(() => undefined); // awaited on the next turn; a failure of this turn must not leave it unhandled
    hash.update(chunk);
    await sink(chunk);
    options.onProgress?.(position, size);
    await options.checkpoint?.();
  }
  return hash.digest('hex');
}

/** Counts what goes to the file, so the size needs no second look at the device. */
function counting(file: WritableFile): { write(bytes: Buffer): Promise<void>; total(): number } {
  let total = 0;
  return {
    write: (bytes) => ((total += bytes.length), file.write(bytes)),
    total: () => total,
  };
}

async function writePayload(file: WritableFile, options: WriteBackupOptions): Promise<{ sha256: string; manifest: BackupManifest; sizeBytes: number }> {
  const size = await nodeBackupFs.size(options.snapshotPath);
  const source = await nodeBackupFs.openRead(options.snapshotPath);
  const out = counting(file);
  try {
    const { prelude, aad } = encodePrelude(options.header);
    await out.write(prelude);
    const seal = createSealer(options.header, aad, options.cipherKey);
    await out.write(seal.update(databaseLengthPrefix(size)));
    const sha256 = await streamDatabase(source, size, (plain) => out.write(seal.update(plain)), options);
    const manifest = options.manifest({ bytes: size, sha256 });
    await out.write(seal.update(Buffer.from(JSON.stringify(manifest), 'utf8')));
    await out.write(seal.final());
    return { sha256, manifest, sizeBytes: out.total() };
  } finally {
    await source.close();
  }
}

/**
 * Writes a backup under a temporary name (`<final>.part`), flushes it, and only then renames it
 * to its final name and flushes the folder. On any failure the temporary file is removed (when
 * the device still allows it) and nothing ever appears under the final name.
 */
export async function writeBackupFile(options: WriteBackupOptions): Promise<WrittenBackup> {
  const { fs, finalPath } = options;
  const partPath = partPathOf(finalPath);
  let file: WritableFile | null = null;
  try {
    if (await fs.exists(finalPath)) throw new Error('A backup with this name exists already');
    await fs.remove(partPath);
    file = await fs.createExclusive(partPath);
    const written = await writePayload(file, options);
    await file.sync();
    await file.close();
    file = null;
    await options.checkpoint?.();
    await fs.rename(partPath, finalPath);
    await fs.syncDirectory(dirname(finalPath));
    return { sizeBytes: written.sizeBytes, databaseSha256: written.sha256, manifest: written.manifest };
  } catch (error) {
    await file?.close().catch(() => undefined);
    await fs.remove(partPath).catch(() => undefined);
    throw error;
  }
}
