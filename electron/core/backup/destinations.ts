import { join } from 'node:path';
import type { BackupDestinationDto } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../types';
import { openBackup } from './format';
import { BackupProblem } from './problems';
import { readRememberedFolder } from './settings';

/**
 * Where USB backups go: a removable drive the platform lists (into its `SoHoi-SaoLuu` folder), or
 * the folder the user chose once (directly into it). The renderer names one by its path; only a
 * path on this list is ever written to.
 */
export const DRIVE_FOLDER = 'SoHoi-SaoLuu';
const USB_NAME = /^SoHoi-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.sohoi$/;

export async function listDestinations(context: HandlerContext): Promise<BackupDestinationDto[]> {
  const drives = await context.platform.listRemovableDrives();
  const destinations: BackupDestinationDto[] = drives.map((drive) => ({ path: drive.path, label: drive.label, kind: 'drive', freeBytes: drive.freeBytes }));
  const folder = readRememberedFolder(context.db);
  if (folder !== null && !destinations.some((destination) => destination.path === folder)) {
    destinations.push({ path: folder, label: folder, kind: 'folder', freeBytes: null });
  }
  return destinations;
}

/** The folder a backup to `path` is written in; refuses a path that is not a listed destination. */
export async function targetFolder(context: HandlerContext, path: string): Promise<{ root: string; folder: string; kind: 'drive' | 'folder' }> {
  const destination = (await listDestinations(context)).find((candidate) => candidate.path === path);
  if (!destination) throw new BackupProblem('unknownDestination');
  const folder = destination.kind === 'drive' ? join(destination.path, DRIVE_FOLDER) : destination.path;
  return { root: destination.path, folder, kind: destination.kind };
}

/** `SoHoi-2025-01-05-100000.sohoi`, in Vietnam's time; `-2`, `-3` … if taken. */
export function usbBackupName(at: Date, attempt = 1): string {
  const local = new Date(at.getTime() + 7 * 60 * 60 * 1000).toISOString();
  const stamp = `${local.slice(0, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}${local.slice(17, 19)}`;
  return `SoHoi-${stamp}${attempt > 1 ? `-${attempt}` : ''}.sohoi`;
}

export interface DriveBackup {
  name: string;
  createdAt: string;
}

/** This organisation's backups in a drive folder (other files, and other organisations' backups, are never touched). */
export async function backupsInFolder(context: HandlerContext, folder: string, organizationId: string): Promise<DriveBackup[]> {
  const { fs } = context.backup;
  const found: DriveBackup[] = [];
  for (const name of (await fs.list(folder)).filter((entry) => USB_NAME.test(entry))) {
    try {
      const { header } = await openBackup(fs, join(folder, name));
      if (header.organizationId === organizationId && header.kind === 'usb') found.push({ name, createdAt: header.createdAt });
    } catch {
      // not readable as ours: leave it alone
    }
  }
  return found;
}

/** The names to delete so that the newest `keep` remain (a pure rule). */
export function driveBackupsToRemove(backups: readonly DriveBackup[], keep: number): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  return newestFirst.slice(Math.max(keep, 1)).map((backup) => backup.name);
}
