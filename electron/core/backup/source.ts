import { basename, join } from 'node:path';
import type { BackupHeaderDto, BackupSource } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../types';
import { openBackup, type OpenedBackup } from './format';
import { LOCAL_BACKUP_DIR, listLocalBackups } from './local-backups';
import { BackupProblem } from './problems';
import { appSchemaVersion } from './schema-version';
import { organizationOf } from './snapshot';

/** A backup file chosen for testing or restoring, with its readable header checked. */
export interface OpenedSource {
  path: string;
  /** The name the user knows it by. */
  fileName: string;
  opened: OpenedBackup;
}

async function pathOf(context: HandlerContext, source: BackupSource): Promise<{ path: string; fileName: string }> {
  if (source.kind === 'file') {
    const file = context.files.resolve(source.token);
    if (!file) throw new BackupProblem('unknownFile');
    return { path: file.path, fileName: file.name };
  }
  const local = (await listLocalBackups(context.backup.options.dataDir)).find((backup) => backup.name === source.name);
  if (!local) throw new BackupProblem('unknownLocal');
  return { path: join(context.backup.options.dataDir, LOCAL_BACKUP_DIR, local.name), fileName: basename(local.name) };
}

export async function openSource(context: HandlerContext, source: BackupSource): Promise<OpenedSource> {
  const { path, fileName } = await pathOf(context, source);
  try {
    return { path, fileName, opened: await openBackup(context.backup.fs, path) };
  } catch (error) {
    if (error instanceof BackupProblem) throw error;
    throw new BackupProblem('unknownFile'); // gone, or unreadable
  }
}

export function currentOrganizationId(context: HandlerContext): string | null {
  return organizationOf(context.sqlite, context.now().toISOString()).id;
}

export function isNewerThanApp(context: HandlerContext, opened: OpenedBackup): boolean {
  return opened.header.schema.created > appSchemaVersion(context.backup.options.migrationsDir).created;
}

/** What the user sees before giving the passphrase: when, which version, which organisation. */
export function describeSource(context: HandlerContext, source: OpenedSource): BackupHeaderDto {
  const { header, fileSize } = source.opened;
  return {
    fileName: source.fileName,
    sizeBytes: fileSize,
    createdAt: header.createdAt,
    appVersion: header.appVersion,
    schemaTag: header.schema.tag,
    encrypted: header.encryption.cipher !== 'none',
    reason: header.reason,
    sameOrganization: header.organizationId === currentOrganizationId(context),
    newerThanApp: isNewerThanApp(context, source.opened),
  };
}
