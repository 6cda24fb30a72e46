import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RestoreStep } from '../../../electron/core/backup/swap';
import { setUpAdmin, valueAs } from '../accounts/support';
import { createBackupCore, databaseFingerprint, jobResult, PASSPHRASE, runJob } from './support';

/**
 * The process running the core is killed (SIGKILL) during a restore, at every step of the file
 * replacement: the next start opens either the old database — with the change still in its -wal —
 * or the restored one, never a mix, and the audit trail still verifies.
 */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CHILD = fileURLToPath(new URL('./child/restore-child.ts', import.meta.url));

let work: string;
let templateDir: string;
let usbDir: string;
let backupFile: string;
let restoredFingerprint: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sohoi-crash-'));
  templateDir = join(work, 'template');
  usbDir = join(work, 'usb');
  const source = await createBackupCore({ dataDir: templateDir, usbDir });
  const { admin } = await setUpAdmin(source.t);
  await valueAs(source.t, admin, 'backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: true });
  restoredFingerprint = databaseFingerprint(templateDir);
  const made = jobResult<{ fileName: string; directory: string }>(await runJob(source.t, admin, 'backup.run', { destination: usbDir }));
  backupFile = join(made.directory, made.fileName);
  await source.close();
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

interface ChildRun {
  oldFingerprint: string;
  paused: string | null;
}

/** Runs the child on `dataDir`; kills it with SIGKILL as soon as it reports the pause. */
function runChild(dataDir: string, pauseAt: RestoreStep | 'none'): Promise<ChildRun> {
  const child = spawn(TSX, [CHILD, dataDir, usbDir, backupFile, pauseAt], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const run: ChildRun = { oldFingerprint: '', paused: null };
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [word, value] = line.split(' ');
    if (word === 'old') run.oldFingerprint = value ?? '';
    if (word === 'paused') {
      run.paused = value ?? '';
      child.kill('SIGKILL');
    }
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve(run);
      else reject(new Error(`child exited with ${code}: ${errors}`));
    });
  });
}

const CASES: [RestoreStep | 'none', 'old' | 'restored'][] = [
  ['before-close', 'old'],
  ['marker-prepared', 'old'],
  ['moved-wal', 'old'],
  ['moved-shm', 'old'],
  ['moved-journal', 'old'],
  ['moved-database', 'old'],
  ['incoming-in-place', 'restored'],
  ['marker-replaced', 'restored'],
  ['reopened', 'restored'],
  ['none', 'restored'],
];

/** Steps at which the old database's -wal (holding its last change) has been moved aside. */
const MOVING: string[] = ['moved-wal', 'moved-shm', 'moved-journal', 'moved-database'];

describe('a restore killed with SIGKILL', () => {
  it.each(CASES)('at %s: the next start opens the %s database, whole', async (step, expected) => {
    const dataDir = join(work, `data-${step}`);
    cpSync(templateDir, dataDir, { recursive: true });
    const run = await runChild(dataDir, step);
    expect(run.paused).toBe(step === 'none' ? null : step);
    if (MOVING.includes(step)) expect(statSync(join(dataDir, 'restore', 'previous', 'sohoi.sqlite-wal')).size).toBeGreaterThan(0);
    expect(run.oldFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(run.oldFingerprint).not.toBe(restoredFingerprint);

    const next = await createBackupCore({ dataDir, usbDir });
    try {
      expect(databaseFingerprint(dataDir)).toBe(expected === 'old' ? run.oldFingerprint : restoredFingerprint);
      expect(next.t.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(next.t.query('PRAGMA foreign_key_check')).toEqual([]);
      expect(next.t.core.audit.verify()).toMatchObject({ ok: true });
      expect(existsSync(join(dataDir, 'restore'))).toBe(false);
      expect(readdirSync(dataDir).filter((name) => name.startsWith('sohoi.sqlite')).every((name) => /^sohoi\.sqlite(-wal|-shm)?$/.test(name))).toBe(true);
    } finally {
      await next.t.close();
    }
  }, 60_000);
});
