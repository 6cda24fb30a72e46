import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretProtector } from '../secrets';

/**
 * Where the core keeps a secret it must remember between calls (the backup passphrase). Each host
 * provides one: Electron encrypts with safeStorage (DPAPI for the Windows user) in a file of the
 * data folder; the browser host keeps secrets in memory for the session only.
 */
export interface SecretStore {
  get(name: string): string | null;
  set(name: string, value: string): void;
  delete(name: string): void;
}

/** Secrets that last as long as the process (the browser host, tests). */
export function createMemorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    get: (name) => secrets.get(name) ?? null,
    set: (name, value) => void secrets.set(name, value),
    delete: (name) => void secrets.delete(name),
  };
}

const SAFE_NAME = /^[a-z0-9.-]+$/;

function fileOf(dir: string, name: string): string {
  if (!SAFE_NAME.test(name)) throw new Error('Invalid secret name');
  return join(dir, `${name}.secret`);
}

/**
 * Secrets as files in `dir`, each sealed by `protector` (Electron: `safeStorage.encryptString`
 * and `decryptString` wrapped as a SecretProtector). Written atomically, readable by the owner only.
 */
export function createFileSecretStore(dir: string, protector: SecretProtector): SecretStore {
  return {
    get(name) {
      const file = fileOf(dir, name);
      if (!existsSync(file)) return null;
      try {
        return protector.decrypt(readFileSync(file)).toString('utf8');
      } catch {
        return null; // sealed for another Windows user or damaged: as if never remembered
      }
    },
    set(name, value) {
      const file = fileOf(dir, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${file}.tmp`, protector.encrypt(Buffer.from(value, 'utf8')), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    },
    delete(name) {
      rmSync(fileOf(dir, name), { force: true });
    },
  };
}
