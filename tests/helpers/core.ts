import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/client';
import { MIGRATIONS_DIR, SEED_DIR } from '../../db/paths';
import type { ScryptParams } from '../../electron/core/accounts/passwords';
import { createCore, DATABASE_FILE_NAME } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/dispatch';
import { LOG_FILE_NAME } from '../../electron/core/logger';
import type { PlatformServices } from '../../electron/core/platform';
import type { Core, CoreDeps, Handlers } from '../../electron/core/types';
import type { MethodName, MethodOutput } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import type { AppEvent } from '../../shared/events';
import type { MethodAccess, Session } from '../../shared/permissions';

/** The instant the test clock shows unless a test sets another: 10:00 on 5 January 2025 in Vietnam. */
export const TEST_CORE_NOW = '2025-01-05T03:00:00.000Z';
export const TEST_APP_VERSION = '0.0.0-test';
/** The audit chain's key: fixed, so that a reopened core verifies the rows an earlier one wrote. */
export const TEST_AUDIT_KEY = Buffer.alloc(32, 0x5a);
/** Cheap scrypt parameters: a test hashes in milliseconds instead of ~100 ms. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

/** The session every call carries unless a test passes another (or null for none). */
export const LOCAL_SESSION: Session = {
  sessionId: 'test-session-local',
  accountId: 'local',
  displayName: 'Thư ký',
  role: 'quan_tri',
  restriction: null,
};

/** A session like the local one with some fields changed (e.g. another account or role). */
export function testSession(overrides: Partial<Session> = {}): Session {
  return { ...LOCAL_SESSION, ...overrides };
}

export interface TestCoreOptions {
  /** Reuse an existing data folder (e.g. to reopen a core); the caller then owns the folder. */
  dataDir?: string;
  /** The fixed instant of the injected clock (ISO). */
  now?: string;
  platform?: PlatformServices;
  transport?: CoreDeps['transport'];
  newId?: () => string;
  logger?: CoreDeps['logger'];
  /** The audit chain's key (TEST_AUDIT_KEY unless given). */
  auditKey?: Buffer;
  /** Any other deps (e.g. `backup`, `secrets`), passed through to createCore. */
  deps?: Partial<CoreDeps>;
}

export interface TestCore {
  core: Core;
  dataDir: string;
  /** Moves the injected clock to another fixed instant. */
  setNow(iso: string): void;
  /** Calls a method through `dispatch`, as the local session unless another (or null) is given. */
  call<M extends MethodName>(method: M, input: unknown, session?: Session | null): Promise<Envelope<MethodOutput<M>>>;
  call(method: string, input: unknown, session?: Session | null): Promise<Envelope<unknown>>;
  /** Like `call`, but returns the value and throws when the envelope holds an error. */
  value<M extends MethodName>(method: M, input: unknown, session?: Session | null): Promise<MethodOutput<M>>;
  /** Row count of a table, read through a separate read-only connection to the database file. */
  count(table: string): number;
  /** Rows of a read-only query, through a separate connection to the database file. */
  query(sql: string, ...params: unknown[]): Record<string, unknown>[];
  /** The current log file (empty when nothing was logged). */
  readLog(): string;
  /** Closes this core (keeping the data folder) and opens a new one on the same folder. */
  reopen(): Promise<TestCore>;
  /** Closes the core and, when the helper created it, deletes the data folder. Idempotent. */
  close(): Promise<void>;
}

/** Platform services for tests: nothing here can open a dialog, so saving is "cancelled". */
export function stubPlatform(): PlatformServices {
  const unavailable = async (): Promise<never> => {
    throw new AppError('CONFLICT', 'Không có dịch vụ này trong môi trường kiểm thử.');
  };
  return {
    saveFile: async () => ({ kind: 'cancelled' }),
    chooseFolder: async () => null,
    listRemovableDrives: async () => [],
    openPath: unavailable,
    printPdf: unavailable,
  };
}

/** A real core on a fresh temp data folder, with the repo's migrations and seed and a fixed clock. */
export function createTestCore(options: TestCoreOptions = {}): Promise<TestCore> {
  return openTestCore(options, options.dataDir === undefined);
}

async function openTestCore(options: TestCoreOptions, ownsDir: boolean): Promise<TestCore> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sohoi-core-'));
  let now = options.now ?? TEST_CORE_NOW;
  let core: Core;
  try {
    core = await createCore({
      dataDir,
      migrationsDir: MIGRATIONS_DIR,
      seedDir: SEED_DIR,
      appVersion: TEST_APP_VERSION,
      transport: options.transport ?? 'http',
      platform: options.platform ?? stubPlatform(),
      auditKey: options.auditKey ?? TEST_AUDIT_KEY,
      passwordParams: TEST_SCRYPT,
      clock: () => new Date(now),
      ...(options.newId ? { newId: options.newId } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
      ...options.deps,
    });
  } catch (error) {
    if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  let closed = false;
  let removeDirOnClose = ownsDir;
  const call = (method: string, input: unknown, session: Session | null = LOCAL_SESSION) =>
    dispatch(core, method, input, session) as Promise<Envelope<never>>;
  const close = async (): Promise<void> => {
    if (!closed) {
      closed = true;
      await core.close();
    }
    if (removeDirOnClose) {
      removeDirOnClose = false;
      rmSync(dataDir, { recursive: true, force: true });
    }
  };

  return {
    core,
    dataDir,
    setNow: (iso) => void (now = iso),
    call,
    async value(method, input, session) {
      const envelope = await call(method, input, session);
      if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
      return envelope.value;
    },
    count(table) {
      const { sqlite } = openDatabase(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
      try {
        return (sqlite.prepare(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`).get() as { n: number }).n;
      } finally {
        sqlite.close();
      }
    },
    query(sql, ...params) {
      const { sqlite } = openDatabase(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
      try {
        return sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
      } finally {
        sqlite.close();
      }
    },
    readLog() {
      const file = join(dataDir, 'logs', LOG_FILE_NAME);
      return existsSync(file) ? readFileSync(file, 'utf8') : '';
    },
    async reopen() {
      // The new core takes over the folder (and deleting it, if this one was to).
      const handOver = removeDirOnClose;
      removeDirOnClose = false;
      await close();
      return openTestCore({ ...options, dataDir, now }, handOver);
    },
    close,
  };
}

/** A copy of the core whose handlers are partly replaced (the rest of the core is shared). */
export function withHandlers(core: Core, replaced: Partial<Handlers>): Core {
  return { ...core, handlers: { ...core.handlers, ...replaced } };
}

/** A copy of the core with another permission table. */
export function withPermissions(core: Core, permissions: Readonly<Partial<Record<string, MethodAccess>>>): Core {
  return { ...core, permissions };
}

/** Collects every event the core emits until `stop()`. */
export function collectEvents(core: Core): { events: AppEvent[]; stop: () => void } {
  const events: AppEvent[] = [];
  const stop = core.events.subscribe((event) => void events.push(event));
  return { events, stop };
}

/** Resolves with the first event matching `predicate`; rejects after `timeoutMs`. */
export function waitForEvent<E extends AppEvent>(core: Core, predicate: (event: AppEvent) => event is E, timeoutMs = 10_000): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error('Timed out waiting for an event'));
    }, timeoutMs);
    const unsubscribe = core.events.subscribe((event) => {
      if (!predicate(event)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(event);
    });
  });
}

/** A valid `organization.profile.save` input; override any field. */
export function profileInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    validFrom: '2024-01-01',
    name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang',
    parentLine: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Giang',
    abbreviation: 'HBVQTE',
    placeName: 'Bắc Giang',
    address: 'Số 2 đường Hoàng Văn Thụ, thành phố Bắc Giang',
    phone: '0204 3855 123',
    email: 'hoibvqte@bacgiang.gov.vn',
    signers: [{ fullName: 'Nguyễn Văn An', title: 'Chủ tịch', authority: 'TM. BAN THƯỜNG VỤ' }],
    ...overrides,
  };
}

export interface TableSnapshot {
  rows: number;
  /** SHA-256 of the rows (in rowid order) as JSON. */
  hash: string;
}

export interface SnapshotOptions {
  /** Tables left out entirely (their rows in sqlite_sequence too). */
  skipTables?: readonly string[];
  /** Columns left out of a table's content, by table. */
  skipColumns?: Readonly<Record<string, readonly string[]>>;
}

/** Row count and content hash of every table in the database file, for "nothing was written" checks. */
export function snapshotTables(t: TestCore, options: SnapshotOptions = {}): Record<string, TableSnapshot> {
  const skipTables = new Set(options.skipTables ?? []);
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const tables = t.query(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).map((row) => String(row.name));
  const snapshot: Record<string, TableSnapshot> = {};
  for (const table of tables.filter((name) => !skipTables.has(name))) {
    const skipped = new Set(options.skipColumns?.[table] ?? []);
    const columns = t.query('SELECT name FROM pragma_table_info(?)', table).map((row) => String(row.name)).filter((name) => !skipped.has(name));
    let rows = t.query(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} ORDER BY rowid`);
    if (table === 'sqlite_sequence') rows = rows.filter((row) => !skipTables.has(String(row.name)));
    snapshot[table] = { rows: rows.length, hash: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
  }
  return snapshot;
}
