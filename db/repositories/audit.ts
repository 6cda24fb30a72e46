import { and, asc, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { auditHead, auditLog, type AuditHeadRow, type AuditRow, type NewAuditRow } from '../schema';
import type { AppDb } from '../types';

/** The audit trail's storage. Chain arithmetic lives in electron/core/audit; here only rows. */
export function lastAuditRow(db: AppDb): AuditRow | undefined {
  return db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
}

export function insertAuditRow(db: AppDb, row: NewAuditRow): AuditRow {
  return db.insert(auditLog).values(row).returning().get();
}

/** Rows already chained by the caller, in multi-row INSERTs of 500 rows (under SQLite's 32,766 parameters). */
export function insertAuditRows(db: AppDb, rows: readonly NewAuditRow[]): void {
  for (let at = 0; at < rows.length; at += 500) db.insert(auditLog).values(rows.slice(at, at + 500)).run();
}

export function readAuditHead(db: AppDb): AuditHeadRow | undefined {
  return db.select().from(auditHead).where(eq(auditHead.id, 1)).get();
}

export function writeAuditHead(db: AppDb, head: Omit<AuditHeadRow, 'id'>): void {
  db.insert(auditHead)
    .values({ id: 1, ...head })
    .onConflictDoUpdate({ target: auditHead.id, set: head })
    .run();
}

/** Every row in chain order, in pages, for verification. */
export function* auditRowsInOrder(db: AppDb, pageSize = 1000): Generator<AuditRow> {
  let after = 0;
  for (;;) {
    const page = db.select().from(auditLog).where(gte(auditLog.seq, after + 1)).orderBy(asc(auditLog.seq)).limit(pageSize).all();
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.seq;
  }
}

export interface AuditQuery {
  accountId?: string | undefined;
  entity?: string | undefined;
  /** Inclusive bounds on the instant (ISO). */
  fromInstant?: string | undefined;
  toInstant?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
}

export function queryAudit(db: AppDb, query: AuditQuery): AuditRow[] {
  const conditions: SQL[] = [];
  if (query.accountId) conditions.push(eq(auditLog.accountId, query.accountId));
  if (query.entity) conditions.push(eq(auditLog.entity, query.entity));
  if (query.fromInstant) conditions.push(gte(auditLog.createdAt, query.fromInstant));
  if (query.toInstant) conditions.push(lte(auditLog.createdAt, query.toInstant));
  if (query.beforeSeq) conditions.push(lt(auditLog.seq, query.beforeSeq));
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(query.limit)
    .all();
}
