import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { PLAIN_FILE } from '../../../electron/core/secrets';
import { auditKeyProtector } from '../../../electron/main/secrets';

function fakeSafeStorage(available: boolean) {
  return {
    isEncryptionAvailable: () => available,
    encryptString: vi.fn((plain: string) => Buffer.from([...Buffer.from(plain)].reverse())),
    decryptString: vi.fn((sealed: Buffer) => Buffer.from([...sealed].reverse()).toString()),
  };
}

describe('auditKeyProtector', () => {
  it('seals the binary key with safeStorage and opens it again', () => {
    const safeStorage = fakeSafeStorage(true);
    const protector = auditKeyProtector(safeStorage, 'win32');
    const key = randomBytes(32);
    const sealed = protector.encrypt(key);
    expect(sealed.equals(key)).toBe(false);
    expect(safeStorage.encryptString).toHaveBeenCalledWith(key.toString('base64'));
    expect(protector.decrypt(sealed).equals(key)).toBe(true);
  });

  it('refuses to start on Windows without DPAPI rather than keep the key in the clear', () => {
    expect(() => auditKeyProtector(fakeSafeStorage(false), 'win32')).toThrow(/DPAPI/);
  });

  it('falls back to an owner-only file on a Linux desktop without a keyring', () => {
    expect(auditKeyProtector(fakeSafeStorage(false), 'linux')).toBe(PLAIN_FILE);
  });
});
