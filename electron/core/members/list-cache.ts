import type Database from 'better-sqlite3';
import type { ListPlan } from './member-list';

/**
 * Answers already computed for a list, for the pages after the first: scrolling a list of 80,000
 * members asks for page after page, and each would count the 80,000 again. The first page of a
 * list always counts afresh; a later page reuses the answer only while the database is
 * unchanged: `total_changes()` counts this connection's writes, `data_version` another's.
 */

export interface VersionedCache<T> {
  get(sqlite: Database.Database, query: unknown): T | undefined;
  set(sqlite: Database.Database, query: unknown, value: T): void;
}

function versionOf(sqlite: Database.Database): string {
  const changes = sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
  return `${String(sqlite.pragma('data_version', { simple: true }))}:${changes.n}`;
}

function keyOf(sqlite: Database.Database, query: unknown): string {
  return `${versionOf(sqlite)}|${JSON.stringify(query)}`;
}

/** A cache of at most `max` answers per database connection, keyed on the query and the database's version. */
export function versionedCache<T>(max: number): VersionedCache<T> {
  const caches = new WeakMap<Database.Database, Map<string, T>>();
  return {
    get: (sqlite, query) => caches.get(sqlite)?.get(keyOf(sqlite, query)),
    set(sqlite, query, value) {
      const cache = caches.get(sqlite) ?? new Map<string, T>();
      caches.set(sqlite, cache);
      cache.set(keyOf(sqlite, query), value);
      const oldest = cache.keys().next().value;
      if (cache.size > max && oldest !== undefined) cache.delete(oldest);
    },
  };
}

/**
 * The first page's answer when `offset` > 0 and nothing changed since, else `compute()` (then
 * remembered for the next pages).
 */
export function firstPageAnswer<T>(cache: VersionedCache<T>, sqlite: Database.Database, query: unknown, offset: number, compute: () => T): T {
  const cached = offset > 0 ? cache.get(sqlite, query) : undefined;
  if (cached !== undefined) return cached;
  const value = compute();
  cache.set(sqlite, query, value);
  return value;
}

const plans = versionedCache<ListPlan>(20);

export function cachedPlan(sqlite: Database.Database, query: unknown): ListPlan | undefined {
  return plans.get(sqlite, query);
}

export function rememberPlan(sqlite: Database.Database, query: unknown, plan: ListPlan): void {
  plans.set(sqlite, query, plan);
}
