import type { RunResult } from 'better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema';

/**
 * What repository functions take as their first argument: the app's drizzle database or a
 * transaction opened on it (`db.transaction((tx) => insertX(tx, …))`).
 */
export type AppDb = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;
