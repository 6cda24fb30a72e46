import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { LocalBackupDto } from '../../../shared/schemas/backup';
import { nodeBackupFs } from './backup-fs';
import { BACKUP_EXTENSION, FORMAT_VERSION, type BackupHeader } from './format';
import { backupsToRemove, DEFAULT_ROTATION } from './rotation';
import { removeDatabaseFiles, takeSnapshot } from './snapshot';
import { writeBackupFile } from './writer';

/**
 * Automatic local backups: plain snapshots in the backup container, flagged unencrypted, in the
 * data folder's `backups/` (they sit next to the live database, which is no better protected).
 */
export const LOCAL_BACKUP_DIR = 'backups';
/** Temporary snapshots and decrypted backups, inside the data folder (same disk as the database). */
export const WORK_DIR = 'tmp';

export const LOCAL_REASONS = {
  'khoi-dong': 'Khi khởi động',
  'hang-ngay': 'Hằng ngày',
  'truoc-cap-nhat': 'Trước khi cập nhật phiên bản',
  'truoc-khoi-phuc': 'Trước khi khôi phục',
} as const;
export type LocalReason = keyof typeof LOCAL_REASONS;

const NAME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(khoi-dong|hang-ngay|truoc-cap-nhat|truoc-khoi-phuc)(?:-\d+)?\.sohoi$/;

export interface LocalBackupOptions {
  dataDir: string;
  migrationsDir: string;
  appVersion: string;
  now: () => Date;
}

/** `2025-01-05T03-00-00Z-hang-ngay.sohoi`: sorts by time, says why; `-2`, `-3` … if taken. */
export function localBackupName(reason: LocalReason, at: Date, attempt = 1): string {
  const stamp = at.toISOString().replaceAll(':', '-').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${reason}${attempt > 1 ? `-${attempt}` : ''}${BACKUP_EXTENSION}`;
}

export function parseLocalBackupName(name: string): { createdAt: string; reason: LocalReason } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, reason] = match;
  return { createdAt: `${day}T${hours}:${minutes}:${seconds}.000Z`, reason: reason as LocalReason };
}

/** A fresh path in the data folder's work folder for a temporary database file. */
export async function workFile(dataDir: string, prefix: string): Promise<string> {
  const dir = join(dataDir, WORK_DIR);
  await mkdir(dir, { recursive: true });
  return join(dir, `${prefix}-${randomBytes(6).toString('hex')}.sqlite`);
}

async function freeName(dir: string, reason: LocalReason, at: Date): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const name = localBackupName(reason, at, attempt);
    if (!(await nodeBackupFs.exists(join(dir, name)))) return name;
  }
}

/** Makes one automatic backup of the live database, then applies the rotation. */
export async function makeLocalBackup(sqlite: Database.Database, reason: LocalReason, options: LocalBackupOptions): Promise<LocalBackupDto> {
  const at = options.now();
  const dir = join(options.dataDir, LOCAL_BACKUP_DIR);
  await mkdir(dir, { recursive: true });
  const snapshotPath = await workFile(options.dataDir, 'snapshot');
  try {
    const facts = await takeSnapshot(sqlite, snapshotPath, { at: at.toISOString(), migrationsDir: options.migrationsDir });
    const header: BackupHeader = {
      format: FORMAT_VERSION,
      appVersion: options.appVersion,
      schema: facts.schema,
      createdAt: at.toISOString(),
      organizationId: facts.organizationId ?? 'unknown',
      kind: 'local',
      reason,
      encryption: { cipher: 'none' },
    };
    const name = await freeName(dir, reason, at);
    const written = await writeBackupFile({
      fs: nodeBackupFs,
      snapshotPath,
      finalPath: join(dir, name),
      header,
      cipherKey: null,
      manifest: (database) => ({ organizationName: facts.organizationName, tables: facts.tables, database }),
    });
    await pruneLocalBackups(options.dataDir);
    return { name, createdAt: header.createdAt, reason, sizeBytes: written.sizeBytes };
  } finally {
    await removeDatabaseFiles(snapshotPath);
  }
}

/** The automatic backups in the data folder, newest first. */
export async function listLocalBackups(dataDir: string): Promise<LocalBackupDto[]> {
  const dir = join(dataDir, LOCAL_BACKUP_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const backups: LocalBackupDto[] = [];
  for (const name of names) {
    const parsed = parseLocalBackupName(name);
    if (!parsed) continue;
    const size = await stat(join(dir, name)).then((info) => info.size, () => null);
    if (size !== null) backups.push({ name, createdAt: parsed.createdAt, reason: parsed.reason, sizeBytes: size });
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

export async function pruneLocalBackups(dataDir: string): Promise<string[]> {
  const removed = backupsToRemove(await listLocalBackups(dataDir), DEFAULT_ROTATION);
  for (const name of removed) await rm(join(dataDir, LOCAL_BACKUP_DIR, name), { force: true });
  return removed;
}

/** Leftovers of work interrupted by a crash: temporary snapshots and half-written local backups. */
export async function removeLeftovers(dataDir: string): Promise<void> {
  await rm(join(dataDir, WORK_DIR), { recursive: true, force: true });
  const names = await readdir(join(dataDir, LOCAL_BACKUP_DIR)).catch(() => [] as string[]);
  for (const name of names.filter((entry) => entry.endsWith('.part'))) await rm(join(dataDir, LOCAL_BACKUP_DIR, name), { force: true });
}
