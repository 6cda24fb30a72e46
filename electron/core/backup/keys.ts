import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { canonicalPassphrase } from '../../../shared/schemas/backup';
import type { KdfParams } from './format';

/**
 * Keys from the backup passphrase: scrypt over the canonical passphrase (shared/schemas/backup.ts)
 * gives 64 bytes; the first 32 are the AES-256-GCM key, the last 32 only make the key check, a
 * short MAC stored in the header so that a wrong passphrase is told apart from a damaged file.
 */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** About 128 MiB and a few tenths of a second per derivation (OWASP's scrypt recommendation). */
export const DEFAULT_BACKUP_KDF: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

export interface BackupKeys {
  cipherKey: Buffer;
  /** base64 of the first 16 bytes of HMAC-SHA256(check key, "so-hoi key check v1"). */
  keyCheck: string;
}

export function newKdfParams(cost: ScryptCost): KdfParams {
  return { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: randomBytes(16).toString('base64') };
}

export function deriveBackupKeys(passphrase: string, params: KdfParams): Promise<BackupKeys> {
  const options = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(canonicalPassphrase(passphrase), 'utf8'), Buffer.from(params.salt, 'base64'), 64, options, (error, derived) => {
      if (error) return reject(error);
      const keyCheck = createHmac('sha256', derived.subarray(32)).update('so-hoi key check v1').digest().subarray(0, 16).toString('base64');
      resolve({ cipherKey: Buffer.from(derived.subarray(0, 32)), keyCheck });
    });
  });
}

export function sameKeyCheck(a: string, b: string): boolean {
  const left = Buffer.from(a, 'base64');
  const right = Buffer.from(b, 'base64');
  return left.length === right.length && timingSafeEqual(left, right);
}
