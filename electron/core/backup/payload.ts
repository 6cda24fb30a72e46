import { createCipheriv, createDecipheriv, createHash, timingSafeEqual } from 'node:crypto';
import type { BackupHeader } from './format';
import { DB_LENGTH_BYTES, MAX_MANIFEST_BYTES } from './format';
import { BackupProblem } from './problems';

/**
 * Sealing and opening the payload as a stream. An encrypted payload is one AES-256-GCM stream
 * (the header as authenticated data, the tag at the end); a plain one (local automatic backups)
 * ends with the SHA-256 of its bytes instead, so damage is caught there too.
 */
export interface Sealer {
  update(plain: Buffer): Buffer;
  /** The last bytes to write: GCM's tag, or the payload's SHA-256. */
  final(): Buffer;
}

export interface Opener {
  update(sealed: Buffer): Buffer;
  /** Throws BackupProblem('damaged') unless the trailer matches. */
  final(): void;
}

export function createSealer(header: BackupHeader, aad: Buffer, cipherKey: Buffer | null): Sealer {
  if (header.encryption.cipher === 'none') {
    const hash = createHash('sha256');
    return { update: (plain) => (hash.update(plain), plain), final: () => hash.digest() };
  }
  if (!cipherKey) throw new Error('An encrypted backup needs a key');
  const cipher = createCipheriv('aes-256-gcm', cipherKey, Buffer.from(header.encryption.iv, 'base64'));
  cipher.setAAD(aad);
  return { update: (plain) => cipher.update(plain), final: () => Buffer.concat([cipher.final(), cipher.getAuthTag()]) };
}

export function createOpener(header: BackupHeader, aad: Buffer, cipherKey: Buffer | null, trailer: Buffer): Opener {
  if (header.encryption.cipher === 'none') {
    const hash = createHash('sha256');
    return {
      update: (sealed) => (hash.update(sealed), sealed),
      final: () => {
        const digest = hash.digest();
        if (digest.length !== trailer.length || !timingSafeEqual(digest, trailer)) throw new BackupProblem('damaged');
      },
    };
  }
  if (!cipherKey) throw new Error('An encrypted backup needs a key');
  const decipher = createDecipheriv('aes-256-gcm', cipherKey, Buffer.from(header.encryption.iv, 'base64'));
  decipher.setAAD(aad);
  decipher.setAuthTag(trailer);
  return {
    update: (sealed) => decipher.update(sealed),
    final: () => {
      try {
        decipher.final();
      } catch {
        throw new BackupProblem('damaged');
      }
    },
  };
}

/**
 * Splits the opened payload into its parts as it streams by: the database bytes go to `onDatabase`
 * (and into a SHA-256), the manifest is collected. Lengths that do not add up mean a damaged file.
 */
export class PayloadSplitter {
  private prefix = Buffer.alloc(0);
  private databaseBytes: number | null = null;
  private seen = 0;
  private readonly hash;
  private readonly manifestParts: Buffer[] = [];
  private manifestBytes = 0;

  /** `hashDatabase` false skips the SHA-256 where the GCM tag already vouches for every byte. */
  constructor(
    private readonly onDatabase: (chunk: Buffer) => Promise<void> | void,
    hashDatabase = true,
  ) {
    this.hash = hashDatabase ? createHash('sha256') : null;
  }

  async push(chunk: Buffer): Promise<void> {
    let rest = chunk;
    if (this.databaseBytes === null) {
      this.prefix = Buffer.concat([this.prefix, rest]);
      if (this.prefix.length < DB_LENGTH_BYTES) return;
      const length = this.prefix.readBigUInt64BE(0);
      if (length > BigInt(Number.MAX_SAFE_INTEGER)) throw new BackupProblem('damaged');
      this.databaseBytes = Number(length);
      rest = this.prefix.subarray(DB_LENGTH_BYTES);
    }
    const forDatabase = Math.min(rest.length, this.databaseBytes - this.seen);
    if (forDatabase > 0) {
      const part = rest.subarray(0, forDatabase);
      this.hash?.update(part);
      this.seen += forDatabase;
      await this.onDatabase(part);
    }
    const forManifest = rest.subarray(forDatabase);
    if (forManifest.length > 0) {
      this.manifestBytes += forManifest.length;
      if (this.manifestBytes > MAX_MANIFEST_BYTES) throw new BackupProblem('damaged');
      this.manifestParts.push(Buffer.from(forManifest));
    }
  }

  /** The database's length and SHA-256, and the manifest's text. */
  finish(): { databaseBytes: number; databaseSha256: string | null; manifestJson: string } {
    if (this.databaseBytes === null || this.seen !== this.databaseBytes || this.manifestBytes === 0) throw new BackupProblem('damaged');
    return { databaseBytes: this.seen, databaseSha256: this.hash?.digest('hex') ?? null, manifestJson: Buffer.concat(this.manifestParts).toString('utf8') };
  }
}
