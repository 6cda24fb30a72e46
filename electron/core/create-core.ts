import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from '../../db/ids';
import { PERMISSIONS } from '../../shared/permissions';
import { applyVietnameseValidationMessages } from '../../shared/schemas/zod-locale';
import { accountsHandlers } from './accounts/admin-handlers';
import { authHandlers } from './accounts/auth-handlers';
import { DEFAULT_SCRYPT } from './accounts/passwords';
import { resolveSession } from './accounts/session-service';
import { createSessionStore, type SessionStore } from './accounts/sessions';
import { auditHandlers } from './audit/handlers';
import { createAutomaticBackups } from './backup/automatic';
import { backupHandlers } from './backup/handlers';
import { branchesHandlers } from './branches/handlers';
import { openLiveDatabase, type LiveDatabase } from './backup/live-database';
import { createBackupService, type BackupService } from './backup/service';
import { createEventBus } from './events';
import { createFileRegistry } from './files';
import { createJobRunner } from './jobs';
import { listsHandlers } from './lists/handlers';
import { membersHandlers } from './members/handlers';
import { membersExcelHandlers } from './members-import/handlers';
import { createFileLogger, errorCodeOf, stackWithoutMessage } from './logger';
import { organizationHandlers } from './organization/handlers';
import { setupHandlers } from './setup/handlers';
import { systemHandlers } from './system/handlers';
import { unitsHandlers } from './units/handlers';
import type { CallHooks, Core, CoreDeps, HandlerContext, Handlers } from './types';

export const DATABASE_FILE_NAME = 'sohoi.sqlite';

const handlers: Handlers = { ...systemHandlers, ...organizationHandlers, ...setupHandlers, ...authHandlers, ...accountsHandlers, ...auditHandlers, ...backupHandlers, ...unitsHandlers, ...branchesHandlers, ...listsHandlers, ...membersHandlers, ...membersExcelHandlers };

/**
 * Opens the data folder: the database (an interrupted restore settled first, migrated after a
 * local backup when migrations are pending, then seeded), the log, the event bus, the job runner,
 * sessions, the audit trail and the automatic backups. The database sits in a holder (`live`)
 * that handlers read at call time, so that a restore can replace it. Plain Node — no Electron.
 */
export async function createCore(deps: CoreDeps): Promise<Core> {
  applyVietnameseValidationMessages();
  mkdirSync(deps.dataDir, { recursive: true });
  const now = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? (() => uuidv7());
  const logger = deps.logger ?? createFileLogger({ dir: join(deps.dataDir, 'logs'), clock: now });
  const { dataDir, migrationsDir, seedDir, appVersion } = deps;
  const live = await openLiveDatabase({ dataDir, databaseFile: DATABASE_FILE_NAME, migrationsDir, seedDir, appVersion, now, newId, logger, auditKey: deps.auditKey });
  const events = createEventBus((error) => logger.error('event.listener_failed', { stack: stackWithoutMessage(error) }));
  const sessions = { current: createSessionStore() };
  const backup = createBackupService({
    ...{ dataDir, migrationsDir, appVersion, now, live, events, logger, databaseFile: DATABASE_FILE_NAME },
    ...{ secrets: deps.secrets, saveAuditKey: deps.saveAuditKey, deps: deps.backup },
    endAllSessions: () => void (sessions.current = createSessionStore()), // everyone logs in again
  });
  const parts: CoreParts = { deps, live, sessions, now, newId, backup };
  const automatic = createAutomaticBackups(backup);
  const core: Core = {
    handlers,
    permissions: PERMISSIONS,
    events,
    jobs: createJobRunner(events, newId),
    files: createFileRegistry(),
    logger,
    audit: live.audit,
    resolveSession: (token, options) => (live.swapping ? null : resolveSession(live.db, sessions.current, token, now(), options?.touch ?? true)),
    contextFor: (call) => contextFor(core, parts, call),
    async close() {
      await automatic.stop();
      await core.jobs.idle();
      live.close();
      logger.info('core.closed');
    },
  };
  if (deps.backup?.automatic !== false) automatic.start();
  logger.info('core.started');
  return core;
}

interface CoreParts {
  deps: CoreDeps;
  live: LiveDatabase;
  /** Replaced by a new store when a restore ends every session. */
  sessions: { current: SessionStore };
  now: () => Date;
  newId: () => string;
  backup: BackupService;
}

function contextFor(core: Core, parts: CoreParts, call: Parameters<Core['contextFor']>[0]): HandlerContext {
  const { deps, live, now, backup } = parts;
  const sessions = parts.sessions.current;
  const ownerId = call.session?.accountId ?? null;
  const hooks: CallHooks = call.hooks ?? { setSessionToken: () => undefined };
  return {
    method: call.method,
    session: call.session,
    scope: call.scope,
    now,
    newId: parts.newId,
    get db() {
      return live.db;
    },
    get sqlite() {
      return live.sqlite;
    },
    appVersion: deps.appVersion,
    transport: deps.transport,
    platform: deps.platform,
    files: core.files,
    audit: core.audit,
    sessions,
    passwordParams: deps.passwordParams ?? DEFAULT_SCRYPT,
    backup,
    transaction: (work) => live.sqlite.transaction(work).immediate(),
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
