import type Database from 'better-sqlite3';
import type { DatabaseCheckResult } from '../../../shared/contract/system';
import type { JobContext } from '../jobs';

const STAGES = {
  integrity: 'Kiểm tra tính toàn vẹn của tệp dữ liệu',
  foreignKeys: 'Kiểm tra liên kết giữa các bảng',
  counting: 'Đếm số bản ghi',
} as const;

function userTables(sqlite: Database.Database): string[] {
  const rows = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Checks the live database the way a backup will be verified: integrity, foreign keys, row counts.
 * Each step is a safe point to cancel; nothing is written.
 */
export async function checkDatabase(sqlite: Database.Database, job: JobContext): Promise<DatabaseCheckResult> {
  const tables = userTables(sqlite);
  const total = tables.length + 2;
  const problems: string[] = [];

  job.report(0, total, STAGES.integrity);
  await job.checkpoint();
  const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const integrityOk = integrity.length === 1 && integrity[0]?.integrity_check === 'ok';
  if (!integrityOk) problems.push('Tệp dữ liệu có chỗ hỏng: nên khôi phục từ bản sao lưu gần nhất.');

  job.report(1, total, STAGES.foreignKeys);
  await job.checkpoint();
  const violations = sqlite.pragma('foreign_key_check') as { table: string }[];
  const foreignKeysOk = violations.length === 0;
  if (!foreignKeysOk) problems.push(`Có ${violations.length} bản ghi tham chiếu tới bản ghi không còn tồn tại.`);

  const counts: DatabaseCheckResult['tables'] = [];
  for (const [index, name] of tables.entries()) {
    job.report(2 + index, total, STAGES.counting);
    await job.checkpoint();
    const row = sqlite.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(name)}`).get() as { n: number };
    counts.push({ name, rows: row.n });
  }
  job.report(total, total, STAGES.counting);
  return { integrityOk, foreignKeysOk, problems, tables: counts };
}
