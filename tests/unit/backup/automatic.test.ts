import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeBackupFs } from '../../../electron/core/backup/backup-fs';
import { openBackup } from '../../../electron/core/backup/format';
import { MIGRATIONS_DIR } from '../../../db/paths';
import { ADMIN, auditRows, login, setUpAdmin } from '../accounts/support';
import { createBackupCore, jobResult, runJob } from './support';

/**
 * Automatic local backups in the data folder: at start-up when the last is over a day old, before
 * migrations; plain snapshots in the backup container, usable for a restore without a passphrase.
 */
let root: string;
const dataDir = () => join(root, 'data');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sohoi-auto-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const localFiles = () => readdirSync(join(dataDir(), 'backups')).filter((name) => name.endsWith('.sohoi')).sort();

async function startAt(now: string, migrationsDir?: string) {
  return createBackupCore({ dataDir: dataDir(), usbDir: join(root, 'usb'), now, automatic: true, ...(migrationsDir ? { migrationsDir } : {}) });
}

describe('automatic local backups', () => {
  it('are not made while nothing has been entered (no account yet)', async () => {
    const first = await startAt('2025-01-05T03:00:00.000Z');
    await first.t.close();
    expect(readdirSync(dataDir())).not.toContain('backups');
  });

  it('are made at start-up when the last is more than a day old, and not again the same day', async () => {
    const first = await startAt('2025-01-05T03:00:00.000Z');
    await setUpAdmin(first.t);
    await first.t.close();
    for (const now of ['2025-01-05T04:00:00.000Z', '2025-01-06T03:59:00.000Z', '2025-01-06T04:00:00.000Z']) {
      const next = await startAt(now);
      await next.t.close(); // waits for the start-up backup
    }
    expect(localFiles()).toEqual(['2025-01-05T04-00-00Z-khoi-dong.sohoi', '2025-01-06T04-00-00Z-khoi-dong.sohoi']);
  });

  it('are plain snapshots in the container, audited, and restore without a passphrase', async () => {
    const first = await startAt('2025-01-05T03:00:00.000Z');
    await setUpAdmin(first.t);
    await first.t.close();
    await (await startAt('2025-01-06T03:00:00.000Z')).t.close(); // waits for the start-up backup
    const next = await createBackupCore({ dataDir: dataDir(), usbDir: join(root, 'usb'), now: '2025-01-06T03:00:00.000Z' });
    try {
      const [name] = localFiles();
      if (!name) throw new Error('no automatic backup');
      const { header } = await openBackup(nodeBackupFs, join(dataDir(), 'backups', name));
      expect(header).toMatchObject({ kind: 'local', reason: 'khoi-dong', encryption: { cipher: 'none' } });
      const client = await login(next.t, ADMIN.username, ADMIN.password);
      expect(jobResult<{ tables: unknown[] }>(await runJob(next.t, client, 'backup.test', { source: { kind: 'local', name } })).tables.length).toBeGreaterThan(5);
      expect(auditRows(next.t).map((row) => row.action)).toContain('backup.local.created');
    } finally {
      await next.t.close();
    }
  });

  it('are made before migrations, with the schema the data had', async () => {
    const oldApp = join(root, 'migrations-old');
    cpSync(MIGRATIONS_DIR, oldApp, { recursive: true });
    const journalPath = join(oldApp, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    const older = journal.entries.slice(0, -1);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: older }));
    const before = await startAt('2025-01-05T03:00:00.000Z', oldApp);
    await setUpAdmin(before.t);
    await before.t.close();

    const after = await createBackupCore({ dataDir: dataDir(), usbDir: join(root, 'usb'), now: '2025-01-05T04:00:00.000Z', automatic: false });
    await after.t.close();
    const [name] = localFiles();
    expect(name).toBe('2025-01-05T04-00-00Z-truoc-cap-nhat.sohoi');
    const { header } = await openBackup(nodeBackupFs, join(dataDir(), 'backups', name ?? ''));
    expect(header.schema.tag).toBe(older.at(-1)?.tag);
  });
});
