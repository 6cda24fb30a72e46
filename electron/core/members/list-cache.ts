import type Database from 'better-sqlite3';
import type { ListPlan } from './member-list';

/**
 * Plans of lists already counted, for the pages after the first: scrolling a list of 80,000
 * members asks for page after page, and each would count the 80,000 again. The first page of a
 * list always plans and counts afresh; a later page reuses the plan only while the database is
 * unchanged: `total_changes()` counts this connection's writes, `data_version` another's.
 */

const MAX_PLANS = 20;
const plans = new WeakMap<Database.Database, Map<string, ListPlan>>();

function versionOf(sqlite: Database.Database): string {
  const changes = sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
  return `${String(sqlite.pragma('data_version', { simple: true }))}:${changes.n}`;
}

function keyOf(sqlite: Database.Database, query: unknown): string {
  return `${versionOf(sqlite)}|${JSON.stringify(query)}`;
}

export function cachedPlan(sqlite: Database.Database, query: unknown): ListPlan | undefined {
  return plans.get(sqlite)?.get(keyOf(sqlite, query));
}

export function rememberPlan(sqlite: Database.Database, query: unknown, plan: ListPlan): void {
  const cache = plans.get(sqlite) ?? new Map<string, ListPlan>();
  plans.set(sqlite, cache);
  cache.set(keyOf(sqlite, query), plan);
  const oldest = cache.keys().next().value;
  if (cache.size > MAX_PLANS && oldest !== undefined) cache.delete(oldest);
}
