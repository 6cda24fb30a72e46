import type Database from 'better-sqlite3';
import { auditRowsInOrder, insertAuditRow, readAuditHead, writeAuditHead } from '../../../db/repositories/audit';
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
  /** Recomputes the whole chain and names the first broken link. */
  verify(): ChainVerdict;
}

export function createAuditTrail(db: AppDb, sqlite: Database.Database, key: Buffer, now: () => Date): AuditTrail {
  function append(entry: AuditEntry): AuditRow {
    const head = readAuditHead(db);
    const prevHash = head?.lastHash ?? GENESIS_HASH;
    const fields = {
      seq: (head?.lastSeq ?? 0) + 1,
      createdAt: now().toISOString(),
      accountId: entry.accountId ?? null,
      accountName: entry.accountName ?? null,
      action: entry.action,
      method: entry.method ?? null,
      entity: entry.entity ?? null,
      recordId: entry.recordId ?? null,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    };
    const row = insertAuditRow(db, { ...fields, prevHash, hash: rowHash(key, prevHash, fields) });
    const nextHead = { lastSeq: row.seq, rowCount: (head?.rowCount ?? 0) + 1, lastHash: row.hash };
    writeAuditHead(db, { ...nextHead, mac: headMac(key, nextHead), updatedAt: fields.createdAt });
    return row;
  }
  const appendInTransaction = sqlite.transaction(append);
  return {
    record: (entry) => (sqlite.inTransaction ? append(entry) : appendInTransaction.immediate(entry)),
    verify: () => verifyChain(auditRowsInOrder(db), readAuditHead(db), key),
  };
}
