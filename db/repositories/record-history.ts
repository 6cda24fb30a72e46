import { and, asc, eq } from 'drizzle-orm';
import { auditLog, type AuditRow } from '../schema';
import type { AppDb } from '../types';

/** The audit rows about one record, oldest first (a record's history screen). */
export function auditRowsOfRecord(db: AppDb, entity: string, recordId: string): AuditRow[] {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.recordId, recordId)))
    .orderBy(asc(auditLog.seq))
    .all();
}
