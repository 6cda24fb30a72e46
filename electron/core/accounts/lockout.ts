/** Five wrong passwords lock the account for five minutes; the count lives in the database. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 5;

export interface LockState {
  failedAttempts: number;
  lockedUntil: string | null;
}

export function isLockedOut(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime();
}

/** Whole minutes left, rounded up, for the Vietnamese message. */
export function minutesLeft(state: LockState, now: Date): number {
  if (state.lockedUntil === null) return 0;
  return Math.max(1, Math.ceil((Date.parse(state.lockedUntil) - now.getTime()) / 60_000));
}

/** The state after one more wrong password. An expired lock starts a fresh count. */
export function afterFailure(state: LockState, now: Date): LockState {
  const expired = state.lockedUntil !== null && !isLockedOut(state, now);
  const failedAttempts = (expired ? 0 : state.failedAttempts) + 1;
  if (failedAttempts < MAX_FAILED_ATTEMPTS) return { failedAttempts, lockedUntil: null };
  return { failedAttempts, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() };
}

export function lockedMessage(minutes: number): string {
  return `Tài khoản tạm khóa do nhập sai mật khẩu ${MAX_FAILED_ATTEMPTS} lần. Hãy thử lại sau ${minutes} phút.`;
}
