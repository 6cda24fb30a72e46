import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Replacing the database files during a restore, so that a crash at any point leaves either the
 * old database or the restored one at the next start — never a mix (say, the old `-wal` applied
 * to the restored file).
 *
 *   restore/incoming.sqlite   the checked, restored database (one file, no -wal)
 *   restore/marker.json       { phase: 'prepared' | 'replaced', … } written atomically
 *   restore/previous/         the old database's files, moved aside
 *
 * Order: marker 'prepared' → move the old -wal, -shm, -journal, then the database into previous/
 * → rename incoming into place → marker 'replaced' → (the core reopens it) → remove previous/ and
 * the marker. At start-up `recoverInterruptedRestore` finishes or undoes what a crash left:
 * 'replaced', or 'prepared' with incoming gone, rolls forward; 'prepared' with incoming still
 * there rolls back. Every rename is followed by an fsync of the folder.
 */
export const RESTORE_DIR = 'restore';
export const INCOMING_FILE = 'incoming.sqlite';
const MARKER_FILE = 'marker.json';
const PREVIOUS_DIR = 'previous';
/** The -wal and -shm files first: they must never meet the restored database. */
const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export type RestoreStep =
  | 'before-close'
  | 'marker-prepared'
  | 'moved-wal'
  | 'moved-shm'
  | 'moved-journal'
  | 'moved-database'
  | 'incoming-in-place'
  | 'marker-replaced'
  | 'reopened';

export interface RestoreMarker {
  phase: 'prepared' | 'replaced';
  startedAt: string;
  fileName: string;
  backupCreatedAt: string;
}

export type RecoveryOutcome = { outcome: 'none' } | { outcome: 'completed' | 'rolledBack'; marker: RestoreMarker | null };

export function restorePaths(dataDir: string) {
  const dir = join(dataDir, RESTORE_DIR);
  return { dir, incoming: join(dir, INCOMING_FILE), marker: join(dir, MARKER_FILE), previous: join(dir, PREVIOUS_DIR) };
}

function syncPath(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // A folder cannot be opened for fsync on Windows; NTFS journals renames itself.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function moveDurably(from: string, to: string, folders: string[]): void {
  renameSync(from, to);
  for (const folder of folders) syncPath(folder);
}

export function writeMarker(dataDir: string, marker: RestoreMarker): void {
  const paths = restorePaths(dataDir);
  mkdirSync(paths.dir, { recursive: true });
  const temporary = `${paths.marker}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeFileSync(fd, JSON.stringify(marker));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  moveDurably(temporary, paths.marker, [paths.dir]);
}

function readMarker(path: string): RestoreMarker | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as RestoreMarker;
    return value.phase === 'prepared' || value.phase === 'replaced' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Moves the closed database's files aside and the incoming one into place. `step` is awaited
 * after each change (tests pause or kill the process there). The caller has closed every connection.
 */
export async function replaceDatabaseFiles(dataDir: string, databaseFile: string, marker: Omit<RestoreMarker, 'phase'>, step: (name: RestoreStep) => Promise<void>): Promise<void> {
  const paths = restorePaths(dataDir);
  const live = join(dataDir, databaseFile);
  writeMarker(dataDir, { ...marker, phase: 'prepared' });
  await step('marker-prepared');
  mkdirSync(paths.previous, { recursive: true });
  for (const suffix of SIDE_FILES) {
    if (existsSync(`${live}${suffix}`)) moveDurably(`${live}${suffix}`, join(paths.previous, `${databaseFile}${suffix}`), [dataDir, paths.previous]);
    await step(`moved-${suffix.slice(1)}` as RestoreStep);
  }
  if (existsSync(live)) moveDurably(live, join(paths.previous, databaseFile), [dataDir, paths.previous]);
  await step('moved-database');
  moveDurably(paths.incoming, live, [paths.dir, dataDir]);
  await step('incoming-in-place');
  writeMarker(dataDir, { ...marker, phase: 'replaced' });
  await step('marker-replaced');
}

/**
 * After the restored database opened: the old files go first, then the marker, then the folder,
 * so that a crash in between still finds the marker while old files remain.
 */
export function finishRestore(dataDir: string): void {
  const paths = restorePaths(dataDir);
  rmSync(paths.previous, { recursive: true, force: true });
  rmSync(paths.marker, { force: true });
  rmSync(paths.dir, { recursive: true, force: true });
}

/** Puts the old database back (its files moved aside) and drops the incoming one. */
export function rollBackRestore(dataDir: string, databaseFile: string): void {
  const paths = restorePaths(dataDir);
  const live = join(dataDir, databaseFile);
  for (const suffix of ['', ...SIDE_FILES]) {
    const aside = join(paths.previous, `${databaseFile}${suffix}`);
    if (!existsSync(aside)) continue;
    rmSync(`${live}${suffix}`, { force: true });
    moveDurably(aside, `${live}${suffix}`, [dataDir, paths.previous]);
  }
  rmSync(paths.dir, { recursive: true, force: true });
  syncPath(dataDir);
}

/**
 * Runs at start-up before the database is opened: finishes or undoes a restore a crash cut short.
 * While the incoming file is still there, the old database was not replaced yet: roll back. Once it
 * is gone, the restored database is in place: roll forward — and if the marker never reached
 * 'replaced', the restored file was never opened, so any -wal or -shm beside it is not its own.
 * Without a marker and without old files, restore/ holds only debris and is removed.
 */
export function recoverInterruptedRestore(dataDir: string, databaseFile: string): RecoveryOutcome {
  const paths = restorePaths(dataDir);
  if (!existsSync(paths.dir)) return { outcome: 'none' };
  const marker = existsSync(paths.marker) ? readMarker(paths.marker) : null;
  const live = join(dataDir, databaseFile);
  if (marker === null && !existsSync(join(paths.previous, databaseFile))) {
    finishRestore(dataDir);
    return { outcome: 'none' };
  }
  if (existsSync(paths.incoming) || !existsSync(live)) {
    rollBackRestore(dataDir, databaseFile);
    return { outcome: 'rolledBack', marker };
  }
  if (marker?.phase !== 'replaced') for (const suffix of SIDE_FILES) rmSync(`${live}${suffix}`, { force: true });
  finishRestore(dataDir);
  return { outcome: 'completed', marker };
}
