import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditHeadRow, AuditRow } from '../../../db/schema';

/**
 * The audit trail's hash chain. Each row's hash is an HMAC-SHA256, under a key the operating
 * system protects where it can, over the previous row's hash and the row's fields; the head
 * (last number, last hash, row count) carries a MAC of its own and is stored outside the table.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type ChainFields = Omit<AuditRow, 'hash' | 'prevHash'>;

function mac(key: Buffer, parts: unknown[]): string {
  return createHmac('sha256', key).update(JSON.stringify(parts)).digest('hex');
}

export function rowHash(key: Buffer, prevHash: string, row: ChainFields): string {
  return mac(key, ['row', prevHash, row.seq, row.createdAt, row.accountId, row.accountName, row.action, row.method, row.entity, row.recordId, row.detail]);
}

export function headMac(key: Buffer, head: Pick<AuditHeadRow, 'lastSeq' | 'rowCount' | 'lastHash'>): string {
  return mac(key, ['head', head.lastSeq, head.rowCount, head.lastHash]);
}

function same(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export type ChainVerdict = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: number; problem: string };

const broken = (rows: number, brokenAt: number, problem: string): ChainVerdict => ({ ok: false, rows, brokenAt, problem });

/** Walks the chain in order and names the first broken link (Vietnamese, for the audit screen). */
export function verifyChain(rows: Iterable<AuditRow>, head: AuditHeadRow | undefined, key: Buffer): ChainVerdict {
  let count = 0;
  let previous = { seq: 0, hash: GENESIS_HASH };
  for (const row of rows) {
    count += 1;
    if (row.seq !== previous.seq + 1) return broken(count, previous.seq + 1, `Bản ghi số ${previous.seq + 1} đã bị xóa khỏi nhật ký.`);
    if (!same(row.prevHash, previous.hash) || !same(row.hash, rowHash(key, row.prevHash, row))) {
      return broken(count, row.seq, `Bản ghi số ${row.seq} đã bị sửa hoặc chèn vào sau.`);
    }
    previous = { seq: row.seq, hash: row.hash };
  }
  return verifyHead(count, previous, head, key);
}

function verifyHead(count: number, last: { seq: number; hash: string }, head: AuditHeadRow | undefined, key: Buffer): ChainVerdict {
  if (!head) return count === 0 ? { ok: true, rows: 0 } : broken(count, 1, 'Thiếu phần đầu chuỗi của nhật ký.');
  if (!same(head.mac, headMac(key, head))) return broken(count, last.seq + 1, 'Phần đầu chuỗi của nhật ký đã bị sửa.');
  if (head.lastSeq > last.seq || head.rowCount > count) {
    return broken(count, last.seq + 1, `Các bản ghi từ số ${last.seq + 1} đến ${head.lastSeq} đã bị cắt khỏi cuối nhật ký.`);
  }
  if (head.lastSeq !== last.seq || head.rowCount !== count || !same(head.lastHash, last.hash)) {
    return broken(count, head.lastSeq + 1, `Bản ghi số ${head.lastSeq + 1} được thêm vào ngoài ứng dụng.`);
  }
  return { ok: true, rows: count };
}
