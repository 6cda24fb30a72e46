import type { SafeStorage } from 'electron';
import { PLAIN_FILE, type SecretProtector } from '../core/secrets';

/**
 * How the shell protects the audit trail's key at rest: Electron's safeStorage, which is DPAPI
 * for the logged-in Windows user (docs/decisions.md says what that stops). Windows always has
 * it; a Linux desktop without a keyring falls back to an owner-only file, as the browser host.
 */
export function auditKeyProtector(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>,
  os: NodeJS.Platform,
): SecretProtector {
  if (!safeStorage.isEncryptionAvailable()) {
    if (os === 'win32') throw new Error('Windows data protection (DPAPI) is not available');
    return PLAIN_FILE;
  }
  return {
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
