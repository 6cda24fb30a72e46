import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileSecretStore } from '../../../electron/core/backup/secret-store';
import type { SecretProtector } from '../../../electron/core/secrets';
import { canonicalPassphrase, passphraseSetup, passphraseStrength } from '../../../shared/schemas/backup';

describe('canonicalPassphrase', () => {
  it.each([
    ['old-style tone placement', 'hoà bình thuỷ chung', 'hòa bình thủy chung'],
    ['decomposed letters (NFD)', 'cây bàng'.normalize('NFD'), 'cây bàng'],
    ['spaces and a non-breaking space', '  cây\u00a0 bàng ', 'cây bàng'],
    ['a look-alike Đ', '\u00d0ỏ', 'Đỏ'],
  ])('makes %s type the same', (_label, typed, expected) => {
    expect(canonicalPassphrase(typed)).toBe(expected);
  });

  it('keeps case: it is part of the passphrase', () => {
    expect(canonicalPassphrase('Cây Bàng')).not.toBe(canonicalPassphrase('cây bàng'));
  });
});

describe('passphraseStrength', () => {
  it.each([
    ['123456789012', 0],
    ['matkhau12345', 0],
    ['aaaaaaaaaaaaaaaa', 0],
    ['con mèo vàng', 0],
    ['con mèo vàng ăn', 1],
    ['con mèo vàng ăn cá', 2],
    ['Con mèo vàng ăn cá 2025', 3],
    ['Trời-xanh-mây-trắng-2025!', 3],
    ['cây bàng đỏ trước sân trường cũ', 4],
  ] as const)('rates %j as %i', (typed, score) => {
    expect(passphraseStrength(typed).score).toBe(score);
  });

  it('says it in Vietnamese', () => {
    expect(passphraseStrength('cây bàng đỏ trước sân trường cũ').label).toBe('Mạnh');
    expect(passphraseStrength('abc').label).toBe('Rất yếu');
  });
});

describe('passphraseSetup', () => {
  it('accepts the same passphrase typed with another tone placement the second time', () => {
    expect(passphraseSetup.safeParse({ passphrase: 'hòa bình thủy chung mãi mãi', confirmPassphrase: 'hoà bình thuỷ chung mãi mãi', remember: true }).success).toBe(true);
  });

  it('explains what is wrong, in Vietnamese', () => {
    const short = passphraseSetup.safeParse({ passphrase: 'ngắn quá', confirmPassphrase: 'ngắn quá', remember: false });
    expect(short.success ? undefined : short.error.issues[0]?.message).toBe('Cụm mật khẩu cần ít nhất 12 ký tự.');
  });
});

describe('the file secret store (as Electron uses it, with safeStorage as the protector)', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const xor: SecretProtector = { encrypt: (plain) => Buffer.from(plain.map((byte) => byte ^ 0x5a)), decrypt: (sealed) => Buffer.from(sealed.map((byte) => byte ^ 0x5a)) };

  it('keeps a secret sealed by the protector, reads it back, forgets it', () => {
    dir = mkdtempSync(join(tmpdir(), 'sohoi-secrets-'));
    const store = createFileSecretStore(dir, xor);
    expect(store.get('backup-passphrase')).toBeNull();
    store.set('backup-passphrase', 'cây bàng đỏ');
    expect(readFileSync(join(dir, 'backup-passphrase.secret')).toString('utf8')).not.toContain('cây');
    expect(createFileSecretStore(dir, xor).get('backup-passphrase')).toBe('cây bàng đỏ');
    store.delete('backup-passphrase');
    expect(existsSync(join(dir, 'backup-passphrase.secret'))).toBe(false);
  });

  it('reads a secret sealed for someone else as never remembered', () => {
    dir = mkdtempSync(join(tmpdir(), 'sohoi-secrets-'));
    createFileSecretStore(dir, xor).set('backup-passphrase', 'cây bàng đỏ');
    const otherUser: SecretProtector = { ...xor, decrypt: () => { throw new Error('cannot decrypt'); } };
    expect(createFileSecretStore(dir, otherUser).get('backup-passphrase')).toBeNull();
  });
});
