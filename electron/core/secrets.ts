import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * How a host protects a secret at rest: Electron's safeStorage (DPAPI on Windows) encrypts it
 * for the logged-in Windows user; the browser host, which runs only on development and test
 * machines, keeps it as a file readable by its owner. docs/decisions.md says what this stops.
 */
export interface SecretProtector {
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export const PLAIN_FILE: SecretProtector = { encrypt: (plain) => plain, decrypt: (sealed) => sealed };

const KEY_BYTES = 32;

/** Reads the key at `path`, or makes a new random one there (written atomically). */
export function loadOrCreateKey(path: string, protector: SecretProtector = PLAIN_FILE): Buffer {
  if (existsSync(path)) {
    const key = protector.decrypt(readFileSync(path));
    if (key.length !== KEY_BYTES) throw new Error('The audit key file is damaged');
    return key;
  }
  const key = randomBytes(KEY_BYTES);
  saveKey(path, key, protector);
  return key;
}

/** Writes a key at `path` atomically (a restore adopts the audit key its backup was signed with). */
export function saveKey(path: string, key: Buffer, protector: SecretProtector = PLAIN_FILE): void {
  if (key.length !== KEY_BYTES) throw new Error('A key must be 32 bytes');
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, protector.encrypt(key), { mode: 0o600 });
  renameSync(temporary, path);
}
