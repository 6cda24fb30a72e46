import { describe, expect, it } from 'vitest';
import { createIdSource, uuidv7, uuidv7Timestamp } from '../../../db/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function fixedBytes(bytes: number[]): (n: number) => Uint8Array {
  return (n) => Uint8Array.from(bytes.slice(0, n));
}

describe('uuidv7', () => {
  it('reproduces the RFC 9562 appendix A.6 example', () => {
    // unix_ts_ms 0x017F22E279B0, rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F
    const random = fixedBytes([0x0c, 0xc3, 0x18, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f]);
    expect(uuidv7(0x017f22e279b0, random)).toBe('017f22e2-79b0-7cc3-98c4-dc0c0c07398f');
  });

  it('has the version 7 nibble and the 10 variant bits whatever the random bytes', () => {
    for (const fill of [0x00, 0xff, 0x5a]) {
      const id = uuidv7(1_700_000_000_000 + fill, () => new Uint8Array(10).fill(fill));
      expect(id).toMatch(UUID_V7);
      const bytes = Buffer.from(id.replaceAll('-', ''), 'hex');
      expect((bytes[6] ?? 0) >> 4).toBe(7);
      expect((bytes[8] ?? 0) >> 6).toBe(0b10);
    }
  });

  it('stores the millisecond timestamp big-endian in the first 48 bits', () => {
    const now = Date.UTC(2024, 0, 5, 3, 0, 0, 123);
    const id = uuidv7(now);
    expect(id.slice(0, 8) + id.slice(9, 13)).toBe(now.toString(16).padStart(12, '0'));
    expect(uuidv7Timestamp(id)).toBe(now);
    expect(uuidv7Timestamp(uuidv7(2 ** 48 - 1))).toBe(2 ** 48 - 1);
  });

  it('is monotonic within one millisecond, even past the 12-bit counter', () => {
    const now = Date.UTC(2030, 5, 1);
    const ids = Array.from({ length: 5000 }, () => uuidv7(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(uuidv7Timestamp(ids[0] ?? '')).toBe(now);
  });

  it('sorts by creation time across milliseconds', () => {
    const a = uuidv7(Date.UTC(2031, 0, 1));
    const b = uuidv7(Date.UTC(2031, 0, 1) + 1);
    expect(a < b).toBe(true);
  });

  it('rejects timestamps outside 48 bits', () => {
    expect(() => uuidv7(-1)).toThrow(RangeError);
    expect(() => uuidv7(2 ** 48)).toThrow(RangeError);
    expect(() => uuidv7(1.5)).toThrow(RangeError);
  });

  it('createIdSource uses the injected clock', () => {
    const source = createIdSource(() => Date.UTC(2032, 0, 1));
    expect(uuidv7Timestamp(source())).toBe(Date.UTC(2032, 0, 1));
  });
});
