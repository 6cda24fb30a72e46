import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/client';
import { uuidv7 } from '../../db/ids';
import { seedDatabase } from '../../db/seed';
import { PERMISSIONS } from '../../shared/permissions';
import { useVietnameseValidationMessages } from '../../shared/schemas/zod-locale';
import { migrateWithBackup } from './database';
import { createEventBus } from './events';
import { createFileRegistry } from './files';
import { createJobRunner } from './jobs';
import { createFileLogger, errorCodeOf, stackWithoutMessage } from './logger';
import { organizationHandlers } from './organization/handlers';
import { systemHandlers } from './system/handlers';
import type { Core, CoreDeps, HandlerContext, Handlers } from './types';

export const DATABASE_FILE_NAME = 'sohoi.sqlite';

const handlers: Handlers = { ...systemHandlers, ...organizationHandlers };

/**
 * Opens the data folder: the database (migrated after a file backup when migrations are pending,
 * then seeded), the log, the event bus and the job runner. Plain Node — no Electron.
 */
export async function createCore(deps: CoreDeps): Promise<Core> {
  useVietnameseValidationMessages();
  mkdirSync(deps.dataDir, { recursive: true });
  const now = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? (() => uuidv7());
  const logger = deps.logger ?? createFileLogger({ dir: join(deps.dataDir, 'logs'), clock: now });
  const database = openDatabase(join(deps.dataDir, DATABASE_FILE_NAME));
  try {
    await migrateWithBackup(database.sqlite, { dataDir: deps.dataDir, migrationsDir: deps.migrationsDir, now, logger });
    seedDatabase(database.db, { now: now().toISOString(), newId, seedDir: deps.seedDir });
  } catch (error) {
    logger.error('core.start_failed', { code: errorCodeOf(error), stack: stackWithoutMessage(error) });
    database.sqlite.close();
    throw error;
  }
  const events = createEventBus((error) => logger.error('event.listener_failed', { stack: stackWithoutMessage(error) }));
  const jobs = createJobRunner(events, newId);
  const files = createFileRegistry();
  logger.info('core.started');

  const core: Core = {
    handlers,
    permissions: PERMISSIONS,
    events,
    jobs,
    files,
    logger,
    contextFor: (session, scope) => contextFor(core, deps, database, { session, scope, now, newId }),
    async close() {
      await jobs.idle();
      database.sqlite.close();
      logger.info('core.closed');
    },
  };
  return core;
}

function contextFor(
  core: Core,
  deps: CoreDeps,
  database: OpenedDatabase,
  call: Pick<HandlerContext, 'session' | 'scope' | 'now' | 'newId'>,
): HandlerContext {
  const ownerId = call.session?.accountId ?? null;
  return {
    ...call,
    db: database.db,
    sqlite: database.sqlite,
    appVersion: deps.appVersion,
    transport: deps.transport,
    platform: deps.platform,
    files: core.files,
    changed: (entity, ids) => core.events.emit({ type: 'data.changed', entity, ids }),
    startJob: (work) =>
      core.jobs.start(work, {
        ownerId,
        onError: (error) => core.logger.error('job.failed', { code: errorCodeOf(error), stack: stackWithoutMessage(error) }),
      }),
    cancelJob: (jobId) => core.jobs.cancel(jobId, ownerId),
  };
}
