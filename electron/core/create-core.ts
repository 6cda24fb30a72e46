import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/client';
import { uuidv7 } from '../../db/ids';
import { seedDatabase } from '../../db/seed';
import { PERMISSIONS } from '../../shared/permissions';
import { applyVietnameseValidationMessages } from '../../shared/schemas/zod-locale';
import { accountsHandlers } from './accounts/admin-handlers';
import { authHandlers } from './accounts/auth-handlers';
import { DEFAULT_SCRYPT } from './accounts/passwords';
import { resolveSession } from './accounts/session-service';
import { createSessionStore, type SessionStore } from './accounts/sessions';
import { auditHandlers } from './audit/handlers';
import { createAuditTrail } from './audit/trail';
import { migrateWithBackup } from './database';
import { createEventBus } from './events';
import { createFileRegistry } from './files';
import { createJobRunner } from './jobs';
import { createFileLogger, errorCodeOf, stackWithoutMessage } from './logger';
import { organizationHandlers } from './organization/handlers';
import { setupHandlers } from './setup/handlers';
import { systemHandlers } from './system/handlers';
import type { CallHooks, Core, CoreDeps, HandlerContext, Handlers } from './types';

export const DATABASE_FILE_NAME = 'sohoi.sqlite';

const handlers: Handlers = { ...systemHandlers, ...organizationHandlers, ...setupHandlers, ...authHandlers, ...accountsHandlers, ...auditHandlers };

/**
 * Opens the data folder: the database (migrated after a file backup when migrations are pending,
 * then seeded), the log, the event bus, the job runner, sessions and the audit trail.
 * Plain Node — no Electron.
 */
export async function createCore(deps: CoreDeps): Promise<Core> {
  applyVietnameseValidationMessages();
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
  const sessions = createSessionStore();
  const parts = { deps, database, sessions, now, newId };
  const core: Core = {
    handlers,
    permissions: PERMISSIONS,
    events,
    jobs: createJobRunner(events, newId),
    files: createFileRegistry(),
    logger,
    audit: createAuditTrail(database.db, database.sqlite, deps.auditKey, now),
    resolveSession: (token, options) => resolveSession(database.db, sessions, token, now(), options?.touch ?? true),
    contextFor: (call) => contextFor(core, parts, call),
    async close() {
      await core.jobs.idle();
      database.sqlite.close();
      logger.info('core.closed');
    },
  };
  logger.info('core.started');
  return core;
}

interface CoreParts {
  deps: CoreDeps;
  database: OpenedDatabase;
  sessions: SessionStore;
  now: () => Date;
  newId: () => string;
}

function contextFor(core: Core, parts: CoreParts, call: Parameters<Core['contextFor']>[0]): HandlerContext {
  const { deps, database, sessions, now } = parts;
  const ownerId = call.session?.accountId ?? null;
  const hooks: CallHooks = call.hooks ?? { setSessionToken: () => undefined };
  return {
    method: call.method,
    session: call.session,
    scope: call.scope,
    now,
    newId: parts.newId,
    db: database.db,
    sqlite: database.sqlite,
    appVersion: deps.appVersion,
    transport: deps.transport,
    platform: deps.platform,
    files: core.files,
    audit: core.audit,
    sessions,
    passwordParams: deps.passwordParams ?? DEFAULT_SCRYPT,
    transaction: (work) => database.sqlite.transaction(work).immediate(),
    beginSession: (accountId) => {
      const { token, record } = sessions.create(accountId, now());
      hooks.setSessionToken(token);
      return record;
    },
    endSession: () => {
      if (call.session) sessions.end(call.session.sessionId);
      hooks.setSessionToken(null);
    },
    changed: (entity, ids) => core.events.emit({ type: 'data.changed', entity, ids }),
    startJob: (work) =>
      core.jobs.start(work, {
        ownerId,
        onError: (error) => core.logger.error('job.failed', { code: errorCodeOf(error), stack: stackWithoutMessage(error) }),
      }),
    cancelJob: (jobId) => core.jobs.cancel(jobId, ownerId),
  };
}
