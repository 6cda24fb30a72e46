/**
 * Times a USB backup (snapshot, encrypt, write, flush, read back, decrypt, integrity and
 * foreign-key checks) of a large generated database against its floor measured in the same run:
 * a plain copy of the database file (flushed) plus `PRAGMA integrity_check` on the copy.
 * Target: at most 1.5 × the floor.
 *
 *   node_modules/.bin/tsx build/scripts/bench-backup.ts [--size-mb 400] [--rounds 5]
 *
 * The database is the app's schema (migrations and seed) plus 50,000 branches and a child table
 * with a foreign key to them, standing in for the case book (not built yet), filled to the size.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { MIGRATIONS_DIR, SEED_DIR } from '../../db/paths';
import { createCore, DATABASE_FILE_NAME } from '../../electron/core/create-core';
import { dispatch } from '../../electron/core/dispatch';
import { silentLogger } from '../../electron/core/logger';
import type { Core } from '../../electron/core/types';
import type { JobFinishedEvent } from '../../shared/events';
import type { Session } from '../../shared/permissions';

const ADMIN: Session = { sessionId: 'bench', accountId: 'bench', displayName: 'Bench', role: 'quan_tri', restriction: null };
const PASSPHRASE = 'cây bàng đỏ trước sân trường cũ';

function options(): { sizeMb: number; rounds: number } {
  const { values } = parseArgs({ options: { 'size-mb': { type: 'string' }, rounds: { type: 'string' } } });
  return { sizeMb: Number(values['size-mb'] ?? 400), rounds: Number(values.rounds ?? 5) };
}

async function openCore(dataDir: string, usbDir: string): Promise<Core> {
  return createCore({
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    seedDir: SEED_DIR,
    appVersion: 'bench',
    transport: 'http',
    auditKey: randomBytes(32),
    logger: silentLogger,
    backup: { automatic: false },
    platform: {
      saveFile: async () => ({ kind: 'cancelled' }),
      chooseFolder: async () => null,
      listRemovableDrives: async () => [{ path: usbDir, label: 'USB', freeBytes: null, totalBytes: null }],
      openPath: async () => undefined,
      printPdf: async () => undefined,
    },
  });
}

/** Fills the database file with about `sizeMb` megabytes of rows, through a second connection. */
function generate(file: string, sizeMb: number): void {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec('CREATE TABLE IF NOT EXISTS bench_cases (id INTEGER PRIMARY KEY, branch_id TEXT NOT NULL REFERENCES branches(id), note TEXT NOT NULL, created_at TEXT NOT NULL)');
  sqlite.exec('CREATE INDEX IF NOT EXISTS bench_cases_branch_idx ON bench_cases(branch_id)');
  const unit = sqlite.prepare("SELECT code, name FROM admin_units WHERE level = 'commune' LIMIT 1").get() as { code: string; name: string };
  const branch = sqlite.prepare(
    "INSERT INTO branches (id, name, kind, unit_code, unit_name, founded_on, search_key, sort_key, created_at, updated_at) VALUES (?, ?, 'hoi_cap_xa', ?, ?, '2020-01-01', ?, ?, ?, ?)",
  );
  const at = new Date().toISOString();
  const branches: string[] = [];
  sqlite.transaction(() => {
    for (let index = 0; index < 50_000; index += 1) {
      const id = randomBytes(16).toString('hex');
      branches.push(id);
      branch.run(id, `Chi hội số ${index}`, unit.code, unit.name, `chi hoi so ${index}`, `chi hoi ${index}`, at, at);
    }
  })();
  const row = sqlite.prepare('INSERT INTO bench_cases (branch_id, note, created_at) VALUES (?, ?, ?)');
  for (let batch = 0; statSync(file).size + walSize(file) < sizeMb * 1024 * 1024; batch += 1) {
    sqlite.transaction(() => {
      for (let index = 0; index < 50_000; index += 1) {
        row.run(branches[(batch * 50_000 + index) % branches.length], `${randomBytes(45).toString('base64')} ghi chú tư vấn lần ${index}`, at);
      }
    })();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  }
  sqlite.close();
}

function walSize(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

function floor(file: string, copy: string): { copyMs: number; integrityMs: number } {
  rmSync(copy, { force: true });
  let started = performance.now();
  copyFileSync(file, copy);
  const fd = openSync(copy, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  const copyMs = performance.now() - started;
  started = performance.now();
  const sqlite = new Database(copy, { readonly: true });
  const result = sqlite.pragma('integrity_check', { simple: true });
  sqlite.close();
  if (result !== 'ok') throw new Error('the copy failed its integrity check');
  return { copyMs, integrityMs: performance.now() - started };
}

/** Runs one backup job; the job's own progress events give the time spent in each stage. */
async function backup(core: Core, usbDir: string): Promise<{ ms: number; stages: string }> {
  const started = performance.now();
  const marks: { stage: string; at: number }[] = [];
  const finished = new Promise<JobFinishedEvent>((resolve) => {
    const stop = core.events.subscribe((event) => {
      if (event.type === 'job.progress') {
        const stage = event.stage.replace(/ \(\d+%\)$/, '');
        if (marks.at(-1)?.stage !== stage) marks.push({ stage, at: performance.now() });
      }
      if (event.type === 'job.finished') {
        stop();
        resolve(event);
      }
    });
  });
  const call = await dispatch(core, 'backup.run', { destination: usbDir }, ADMIN);
  if (!call.ok) throw new Error(call.error.message);
  const event = await finished;
  if (event.status !== 'succeeded') throw new Error(event.error?.message ?? event.status);
  const ms = performance.now() - started;
  const stages = marks.map((mark, index) => `${mark.stage}: ${seconds((marks[index + 1]?.at ?? started + ms) - mark.at)}`).join('; ');
  return { ms, stages };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const { sizeMb, rounds } = options();
  const root = mkdtempSync(join(tmpdir(), 'sohoi-bench-'));
  const dataDir = join(root, 'data');
  const usbDir = join(root, 'usb');
  mkdirSync(usbDir, { recursive: true });
  try {
    let core = await openCore(dataDir, usbDir);
    await core.close();
    const file = join(dataDir, DATABASE_FILE_NAME);
    console.log(`Tạo cơ sở dữ liệu khoảng ${sizeMb} MB…`);
    generate(file, sizeMb);
    core = await openCore(dataDir, usbDir);
    const set = await dispatch(core, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: true }, ADMIN);
    if (!set.ok) throw new Error(set.error.message);
    const size = statSync(file).size;
    const floors: number[] = [];
    const backups: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const measured = floor(file, join(usbDir, 'floor-copy.sqlite'));
      floors.push(measured.copyMs + measured.integrityMs);
      rmSync(join(usbDir, 'floor-copy.sqlite'), { force: true });
      const run = await backup(core, usbDir);
      backups.push(run.ms);
      rmSync(join(usbDir, 'SoHoi-SaoLuu'), { recursive: true, force: true });
      console.log(`lượt ${round + 1}: sàn ${seconds(floors.at(-1) ?? 0)} (chép ${seconds(measured.copyMs)} + integrity_check ${seconds(measured.integrityMs)}), sao lưu + kiểm tra ${seconds(run.ms)}\n    ${run.stages}`);
    }
    await core.close();
    // Other work on the machine slows rounds unevenly: each round's ratio compares a backup with the
    // floor measured just before it, and the median of those ratios is the verdict.
    const ratio = median(backups.map((ms, index) => ms / (floors[index] ?? ms)));
    console.log(`\nCơ sở dữ liệu: ${(size / 1024 / 1024).toFixed(0)} MB, ${rounds} lượt; máy: ${cpus().length} nhân, tải trung bình 1 phút ${loadavg()[0]?.toFixed(2)}`);
    console.log(`Sàn (chép tệp + integrity_check): trung vị ${seconds(median(floors))}, nhanh nhất ${seconds(Math.min(...floors))}`);
    console.log(`Sao lưu ra USB + kiểm tra:         trung vị ${seconds(median(backups))}, nhanh nhất ${seconds(Math.min(...backups))}`);
    console.log(`Tỉ lệ (trung vị các lượt): ${ratio.toFixed(2)} × sàn — mục tiêu ≤ 1,5 × ${ratio <= 1.5 ? '✓' : '✗'}`);
    process.exitCode = ratio <= 1.5 ? 0 : 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
