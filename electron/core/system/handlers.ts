import { todayInVietnam } from '../../../shared/format';
import type { HandlersOf } from '../types';
import { checkDatabase } from './database-check';

type SystemMethod = 'system.info' | 'system.checkDatabase' | 'jobs.cancel';

function schemaVersionOf(sqlite: import('better-sqlite3').Database): string {
  const row = sqlite.prepare('SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as
    | { at: number | string }
    | undefined;
  return row ? String(row.at) : '0';
}

export const systemHandlers: HandlersOf<SystemMethod> = {
  'system.info': (_input, context) => ({
    appVersion: context.appVersion,
    schemaVersion: schemaVersionOf(context.sqlite),
    today: todayInVietnam(context.now()),
    transport: context.transport,
  }),
  'system.checkDatabase': (_input, context) => ({ jobId: context.startJob((job) => checkDatabase(context.sqlite, job)) }),
  'jobs.cancel': (input, context) => ({ cancelled: context.cancelJob(input.jobId) }),
};
