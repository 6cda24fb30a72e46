import { eq } from 'drizzle-orm';
import { appSettings } from '../schema';
import type { AppDb } from '../types';

/** Reads a setting's JSON value, or undefined when never set. */
export function readSetting(db: AppDb, key: string): unknown {
  return db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key)).get()?.value;
}

export function writeSetting(db: AppDb, key: string, value: unknown, now: string): void {
  db.insert(appSettings)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: now } })
    .run();
}
