import { todayInVietnam } from '../../../shared/format';

/**
 * Which automatic local backups to keep: a pure function of the list, so it is tested on its own.
 *
 * Periodic backups (at start-up, daily): the newest of each of the last `daily` days that have
 * one, of each of the last `weekly` weeks (Monday to Sunday) and of each of the last `monthly`
 * months — days, weeks and months in Vietnam's calendar. Backups made before an update or a
 * restore are the way back from that event: the newest `events` of them are kept whatever day
 * they fall on.
 */
export interface RotatableBackup {
  name: string;
  /** ISO instant. */
  createdAt: string;
  reason: string;
}

export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
  events: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12, events: 10 };

/** Reasons of the backups the schedule makes; every other reason is an event. */
export const PERIODIC_REASONS: readonly string[] = ['khoi-dong', 'hang-ngay'];

type Bucket = (day: string) => string;

const byDay: Bucket = (day) => day;
const byMonth: Bucket = (day) => day.slice(0, 7);
const byWeek: Bucket = (day) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(year, month - 1, date);
  const sinceMonday = (new Date(utc).getUTCDay() + 6) % 7;
  return new Date(utc - sinceMonday * 86_400_000).toISOString().slice(0, 10);
};

/** The newest backup of each of the `count` most recent buckets (input sorted newest first). */
function newestPerBucket(sorted: readonly RotatableBackup[], bucket: Bucket, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const backup of sorted) {
    const key = bucket(todayInVietnam(new Date(backup.createdAt)));
    if (seen.has(key)) continue;
    if (seen.size >= count) break;
    seen.add(key);
    kept.push(backup.name);
  }
  return kept;
}

function newestFirst(backups: readonly RotatableBackup[]): RotatableBackup[] {
  return [...backups].sort((a, b) => (a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt.localeCompare(a.createdAt)));
}

/** The names to delete; everything else is kept. */
export function backupsToRemove(backups: readonly RotatableBackup[], policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const periodic = newestFirst(backups.filter((backup) => PERIODIC_REASONS.includes(backup.reason)));
  const events = newestFirst(backups.filter((backup) => !PERIODIC_REASONS.includes(backup.reason)));
  const keep = new Set([
    ...newestPerBucket(periodic, byDay, policy.daily),
    ...newestPerBucket(periodic, byWeek, policy.weekly),
    ...newestPerBucket(periodic, byMonth, policy.monthly),
    ...events.slice(0, policy.events).map((backup) => backup.name),
  ]);
  return newestFirst(backups)
    .map((backup) => backup.name)
    .filter((name) => !keep.has(name));
}
