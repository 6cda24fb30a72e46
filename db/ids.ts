import { randomBytes } from 'node:crypto';

/** A source of fresh ids; the core injects one so tests can be deterministic. */
export type IdSource = () => string;

/** Fills `n` random bytes; injectable for tests. */
export type RandomSource = (n: number) => Uint8Array;

const MAX_TIMESTAMP = 2 ** 48 - 1;
const MAX_COUNTER = 0xfff;

interface MonotonicState {
  inputMs: number;
  emittedMs: number;
  counter: number;
}

const state: MonotonicState = { inputMs: -1, emittedMs: -1, counter: 0 };

const defaultRandom: RandomSource = (n) => randomBytes(n);

/**
 * Picks the timestamp and the 12-bit `rand_a` field. Within one millisecond (same `now` as the
 * previous call) `rand_a` is a counter, so ids generated in a burst still sort in creation order
 * (RFC 9562 §6.2, method 1); when the counter overflows the timestamp moves one millisecond on.
 */
function nextTimeAndCounter(now: number, seed: number): { ms: number; counter: number } {
  // Same millisecond as the last call (or still inside a millisecond borrowed on overflow).
  if (state.inputMs <= now && now <= state.emittedMs) {
    state.inputMs = now;
    let counter = state.counter + 1;
    let ms = state.emittedMs;
    if (counter > MAX_COUNTER) {
      counter = 0;
      ms += 1;
    }
    state.counter = counter;
    state.emittedMs = ms;
    return { ms, counter };
  }
  state.inputMs = now;
  state.emittedMs = now;
  state.counter = seed;
  return { ms: now, counter: seed };
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A UUIDv7 (RFC 9562 §5.7): 48-bit big-endian Unix timestamp in milliseconds, 4-bit version 7,
 * 12-bit `rand_a`, 2-bit variant `10`, 62 random bits. Ids sort by creation time as plain text.
 */
export function uuidv7(now: number = Date.now(), random: RandomSource = defaultRandom): string {
  if (!Number.isInteger(now) || now < 0 || now > MAX_TIMESTAMP) {
    throw new RangeError(`uuidv7: timestamp out of range: ${now}`);
  }
  const rand = random(10);
  if (rand.length < 10) throw new RangeError('uuidv7: random source returned too few bytes');
  const seed = ((rand[0] ?? 0) << 8 | (rand[1] ?? 0)) & MAX_COUNTER;
  const { ms, counter } = nextTimeAndCounter(now, seed);

  const bytes = new Uint8Array(16);
  // 48-bit timestamp, big-endian. Division instead of bit shifts: shifts truncate to 32 bits.
  for (let i = 5, t = ms; i >= 0; i--, t = Math.floor(t / 256)) bytes[i] = t % 256;
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((rand[2] ?? 0) & 0x3f);
  for (let i = 9; i < 16; i++) bytes[i] = rand[i - 6] ?? 0;
  return toHex(bytes);
}

/** The millisecond timestamp stored in a UUIDv7. */
export function uuidv7Timestamp(id: string): number {
  return Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
}

/** The default id source: UUIDv7 from the given clock. */
export function createIdSource(clock: () => number = Date.now): IdSource {
  return () => uuidv7(clock());
}
