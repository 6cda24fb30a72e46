import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { ListType } from '../../../shared/schemas/list-specs';
import type { ColumnMapping } from '../../../shared/schemas/lists';
import type { HandlerContext } from '../types';
import type { SheetRow } from './sheet';

/** An import between reading the file and committing it: kept in the core's memory only. */
export interface ImportSession {
  id: string;
  ownerId: string | null;
  listType: ListType;
  fileName: string;
  fileToken: string;
  sheetName: string;
  headers: { index: number; text: string }[];
  layoutKey: string;
  dataRows: SheetRow[];
  createdAt: number;
  /** The latest check started (validate job); an earlier check's result is never committed. */
  checkId?: string;
  /** The result of the latest check, once it has finished. */
  validated?: {
    checkId: string;
    mapping: ColumnMapping;
    options: Record<string, string>;
    rowErrors: string[][];
    valid: number;
  };
}

const MAX_SESSIONS = 20;
const MAX_AGE_MS = 2 * 60 * 60 * 1000;

export interface ImportStore {
  add(session: ImportSession, now: number): void;
  /** The caller's session, or NOT_FOUND (unknown, expired, or someone else's). */
  get(id: string, ownerId: string | null, now: number): ImportSession;
  remove(id: string): ImportSession | undefined;
  /** Forgets the owner's readings of a file (another sheet of it is being read); the file stays registered. */
  removeReadingsOf(fileToken: string, ownerId: string | null): void;
}

function createImportStore(): ImportStore {
  const sessions = new Map<string, ImportSession>();
  const expire = (now: number) => {
    for (const [id, session] of sessions) if (now - session.createdAt > MAX_AGE_MS) sessions.delete(id);
    while (sessions.size >= MAX_SESSIONS) {
      const oldest = sessions.keys().next().value;
      if (oldest === undefined) break;
      sessions.delete(oldest);
    }
  };
  return {
    add(session, now) {
      expire(now);
      sessions.set(session.id, session);
    },
    get(id, ownerId, now) {
      const session = sessions.get(id);
      if (!session || session.ownerId !== ownerId || now - session.createdAt > MAX_AGE_MS) {
        throw new AppError('NOT_FOUND', 'Phiên nhập dữ liệu này không còn. Hãy chọn lại tệp để nhập.');
      }
      return session;
    },
    remove(id) {
      const session = sessions.get(id);
      sessions.delete(id);
      return session;
    },
    removeReadingsOf(fileToken, ownerId) {
      for (const [id, session] of sessions) if (session.fileToken === fileToken && session.ownerId === ownerId) sessions.delete(id);
    },
  };
}

/** One store per core, found through the core's database connection (no global state shared between cores). */
const stores = new WeakMap<Database.Database, ImportStore>();

export function importStoreOf(context: HandlerContext): ImportStore {
  let store = stores.get(context.sqlite);
  if (!store) {
    store = createImportStore();
    stores.set(context.sqlite, store);
  }
  return store;
}
