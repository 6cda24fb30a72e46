import type Database from 'better-sqlite3';
import type { AppDb } from '../../db/types';
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { MethodAccess, Scope, Session } from '../../shared/permissions';
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
  clock?: () => Date;
  newId?: () => string;
  logger?: Logger;
}

/** What a handler receives besides its parsed input. */
export interface HandlerContext {
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
  contextFor(session: Session | null, scope: Scope | null): HandlerContext;
  close(): Promise<void>;
}
