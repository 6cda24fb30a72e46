import type { BackupFs, ReadableFile } from './backup-fs';
import { backupManifest, trailerBytes, type BackupManifest, type OpenedBackup } from './format';
import { createOpener } from './payload';
import { PayloadSplitter } from './payload';
import { BackupProblem } from './problems';
import { CHUNK_BYTES } from './writer';

export interface ReadPayloadOptions {
  fs: BackupFs;
  path: string;
  opened: OpenedBackup;
  /** null for a plain (local) backup. */
  cipherKey: Buffer | null;
  /** Receives the database bytes (already authenticated only once the whole payload is). */
  onDatabase(chunk: Buffer): Promise<void> | void;
  checkpoint?(): Promise<void>;
  onProgress?(readBytes: number, totalBytes: number): void;
  /**
   * Hash the database bytes against the manifest (default). An encrypted payload may skip it:
   * its GCM tag already proves every byte, manifest included, is what was written.
   */
  hashDatabase?: boolean;
}

export interface ReadPayload {
  manifest: BackupManifest;
  databaseBytes: number;
  /** null when not hashed. */
  databaseSha256: string | null;
}

async function readFully(file: ReadableFile, buffer: Buffer, length: number, position: number): Promise<void> {
  let read = 0;
  while (read < length) {
    const n = await file.read(buffer.subarray(read), length - read, position + read);
    if (n === 0) throw new BackupProblem('damaged');
    read += n;
  }
}

function parseManifest(json: string): BackupManifest {
  try {
    const parsed = backupManifest.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: an unreadable manifest is a damaged file
  }
  throw new BackupProblem('damaged');
}

/**
 * Reads a backup's payload back, opening it (decrypting, or checking its SHA-256) as it streams,
 * and hands the database bytes on. Throws BackupProblem('damaged') if a single bit differs from
 * what was written — the GCM tag covers the header too — or if the lengths do not add up.
 */
export async function readBackupPayload(options: ReadPayloadOptions): Promise<ReadPayload> {
  const { opened } = options;
  const file = await options.fs.openRead(options.path);
  try {
    const trailer = Buffer.alloc(trailerBytes(opened.header));
    await readFully(file, trailer, trailer.length, opened.payloadStart + opened.payloadLength);
    const opener = createOpener(opened.header, opened.aad, options.cipherKey, trailer);
    const splitter = new PayloadSplitter(options.onDatabase, options.hashDatabase !== false || opened.header.encryption.cipher === 'none');
    const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)] as const;
    const readAt = (done: number, turn: number): Promise<Buffer> => {
      const length = Math.min(CHUNK_BYTES, opened.payloadLength - done);
      const buffer = buffers[turn === 0 ? 0 : 1];
      return readFully(file, buffer, length, opened.payloadStart + done).then(() => buffer.subarray(0, length));
    };
    let turn = 0;
    let next: Promise<Buffer> | null = readAt(0, turn);
    for (let done = 0; next; ) {
      const chunk: Buffer = await next;
      done += chunk.length;
      turn = 1 - turn;
      next = done < opened.payloadLength ? readAt(done, turn) : null; // read ahead while this chunk is opened
      next?.catch(() => undefined);
      await splitter.push(opener.update(chunk));
      options.onProgress?.(done, opened.payloadLength);
      await options.checkpoint?.();
    }
    opener.final();
    const parts = splitter.finish();
    const manifest = parseManifest(parts.manifestJson);
    if (manifest.database.bytes !== parts.databaseBytes) throw new BackupProblem('damaged');
    if (parts.databaseSha256 !== null && manifest.database.sha256 !== parts.databaseSha256) throw new BackupProblem('damaged');
    return { manifest, databaseBytes: parts.databaseBytes, databaseSha256: parts.databaseSha256 };
  } finally {
    await file.close();
  }
}
