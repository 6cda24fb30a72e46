import type Database from 'better-sqlite3';
import { auditRowsInOrder, insertAuditRow, insertAuditRows, readAuditHead, writeAuditHead } from '../../../db/repositories/audit';
import type { AuditRow } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import { GENESIS_HASH, headMac, rowHash, verifyChain, type ChainVerdict } from './chain';

export interface AuditEntry {
  action: string;
  accountId?: string | null;
  accountName?: string | null;
  method?: string | null;
  entity?: string | null;
  recordId?: string | null;
  /** Serialised as JSON; never personal data (see changes.ts). */
  detail?: unknown;
}

export interface AuditTrail {
  /** Appends one row; joins the caller's transaction if one is open, else makes its own. */
  record(entry: AuditEntry): AuditRow;
  /**
   * Appends rows in the order given, chained exactly as `record` would one by one, with one read
   * and one write of the head (bulk imports); joins the caller's transaction if one is open.
   */
  recordMany(entries: readonly AuditEntry[]): void;
  /** Recomputes the whole chain and names the first broken link. */
  verify(): ChainVerdict;
}

function fieldsOf(entry: AuditEntry, seq: number, createdAt: string) {
  return {
    seq,
    createdAt,
    accountId: entry.accountId ?? null,
    accountName: entry.accountName ?? null,
    action: entry.action,
    method: entry.method ?? null,
    entity: entry.entity ?? null,
    recordId: entry.recordId ?? null,
    detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
  };
}

export function createAuditTrail(db: AppDb, sqlite: Database.Database, key: Buffer, now: () => Date): AuditTrail {
  function append(entry: AuditEntry): AuditRow {
    const head = readAuditHead(db);
    const prevHash = head?.lastHash ?? GENESIS_HASH;
    const fields = fieldsOf(entry, (head?.lastSeq ?? 0) + 1, now().toISOString());
    const row = insertAuditRow(db, { ...fields, prevHash, hash: rowHash(key, prevHash, fields) });
    const nextHead = { lastSeq: row.seq, rowCount: (head?.rowCount ?? 0) + 1, lastHash: row.hash };
    writeAuditHead(db, { ...nextHead, mac: headMac(key, nextHead), updatedAt: fields.createdAt });
    return row;
  }
  function appendMany(entries: readonly AuditEntry[]): void {
    if (entries.length === 0) return;
    const head = readAuditHead(db);
    const createdAt = now().toISOString();
    let prevHash = head?.lastHash ?? GENESIS_HASH;
    let seq = head?.lastSeq ?? 0;
    const rows = entries.map((entry) => {
      seq += 1;
      const fields = fieldsOf(entry, seq, createdAt);
      const row = { ...fields, prevHash, hash: rowHash(key, prevHash, fields) };
      prevHash = row.hash;
      return row;
    });
    insertAuditRows(db, rows);
    const nextHead = { lastSeq: seq, rowCount: (head?.rowCount ?? 0) + rows.length, lastHash: prevHash };
    writeAuditHead(db, { ...nextHead, mac: headMac(key, nextHead), updatedAt: createdAt });
  }
  const appendInTransaction = sqlite.transaction(append);
  const appendManyInTransaction = sqlite.transaction(appendMany);
  return {
    record: (entry) => (sqlite.inTransaction ? append(entry) : appendInTransaction.immediate(entry)),
    recordMany: (entries) => (sqlite.inTransaction ? appendMany(entries) : appendManyInTransaction.immediate(entries)),
    verify: () => verifyChain(auditRowsInOrder(db), readAuditHead(db), key),
  };
}
