import type Database from 'better-sqlite3';
import type { AppDb } from '../../db/types';
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { MethodAccess, Scope, Session } from '../../shared/permissions';
import type { ScryptParams } from './accounts/passwords';
import type { SessionRecord, SessionStore } from './accounts/sessions';
import type { AuditTrail } from './audit/trail';
import type { BackupDeps, BackupService } from './backup/service';
import type { SecretStore } from './backup/secret-store';
import type { EventBus } from './events';
import type { FileRegistry } from './files';
import type { JobContext, JobRunner } from './jobs';
import type { Logger } from './logger';
import type { PlatformServices } from './platform';

/** Everything the core needs from outside; injected so tests and both hosts can provide it. */
export interface CoreDeps {
  /** Where the database, its automatic backups and the log live. */
  dataDir: string;
  /** drizzle-kit's migrations folder (resources/migrations when packaged). */
  migrationsDir: string;
  /** The seed files folder (resources/seed when packaged). */
  seedDir: string;
  appVersion: string;
  transport: 'electron' | 'http';
  platform: PlatformServices;
  /** Key of the audit trail's HMAC chain, protected by the host (safeStorage in Electron). */
  auditKey: Buffer;
  clock?: () => Date;
  newId?: () => string;
  logger?: Logger;
  /** Cheaper scrypt parameters for tests; production uses DEFAULT_SCRYPT. */
  passwordParams?: ScryptParams;
  /** Secrets the core remembers (the backup passphrase): safeStorage in Electron, memory by default. */
  secrets?: SecretStore;
  /** Keeps an audit key adopted from a restored backup, protected like `auditKey`. */
  saveAuditKey?: (key: Buffer) => void;
  /** Backup options: the destination file system, the KDF cost, test hooks (backup/service.ts). */
  backup?: BackupDeps;
}

/** What a transport lets the core do to the caller's session (set or clear its token). */
export interface CallHooks {
  setSessionToken(token: string | null): void;
}

/** What a handler receives besides its parsed input. */
export interface HandlerContext {
  /** The method being called, for the audit trail. */
  method: string;
  session: Session | null;
  /** The scope the permission table grants for this call (null for public methods). */
  scope: Scope | null;
  db: AppDb;
  sqlite: Database.Database;
  now: () => Date;
  newId: () => string;
  appVersion: string;
  transport: 'electron' | 'http';
  platform: PlatformServices;
  files: FileRegistry;
  audit: AuditTrail;
  sessions: SessionStore;
  passwordParams: ScryptParams;
  /** Backups and restore: the live database holder, secrets, the destination file system. */
  backup: BackupService;
  /** Runs `work` in one immediate transaction (writes and their audit rows commit together). */
  transaction<T>(work: () => T): T;
  /** Gives the caller's transport a new session for this account (login, first run). */
  beginSession(accountId: string): SessionRecord;
  /** Ends the caller's session and clears the transport's token. */
  endSession(): void;
  /** Announces a write so that renderers refresh what they show. */
  changed(entity: string, ids: string[]): void;
  /** Starts long work as a job owned by the caller; returns the job id. */
  startJob<R>(work: (job: JobContext) => Promise<R>): string;
  cancelJob(jobId: string): boolean;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  context: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlersOf<M extends MethodName> = { [K in M]: Handler<K> };

export interface Core {
  readonly handlers: Handlers;
  readonly permissions: Readonly<Partial<Record<string, MethodAccess>>>;
  readonly events: EventBus;
  readonly jobs: JobRunner;
  readonly files: FileRegistry;
  readonly logger: Logger;
  readonly audit: AuditTrail;
  /** The session a transport's token stands for right now, or null (unknown, expired, disabled). */
  resolveSession(token: string | undefined, options?: { touch: boolean }): Session | null;
  contextFor(call: { method: string; session: Session | null; scope: Scope | null; hooks?: CallHooks | undefined }): HandlerContext;
  close(): Promise<void>;
}
