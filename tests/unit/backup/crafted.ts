import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { nodeBackupFs } from '../../../electron/core/backup/backup-fs';
import { FORMAT_VERSION, type BackupHeader } from '../../../electron/core/backup/format';
import { deriveBackupKeys, newKdfParams } from '../../../electron/core/backup/keys';
import { appSchemaVersion } from '../../../electron/core/backup/schema-version';
import { countRows, organizationOf } from '../../../electron/core/backup/snapshot';
import { writeBackupFile } from '../../../electron/core/backup/writer';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import { MIGRATIONS_DIR } from '../../../db/paths';
import { TEST_KDF, type BackupCore } from './support';

/**
 * A well-formed, correctly encrypted backup made by "a newer Sổ Hội": its database has one more
 * migration than this app ships, and its header says so.
 */
export async function newerSchemaBackup(core: BackupCore, passphrase: string): Promise<string> {
  const snapshotPath = join(core.usbDir, 'newer-schema.sqlite');
  const live = new Database(join(core.t.dataDir, DATABASE_FILE_NAME), { readonly: true });
  await live.backup(snapshotPath);
  live.close();
  const future = { tag: '9999_phien_ban_moi', created: appSchemaVersion(MIGRATIONS_DIR).created + 86_400_000 };
  const copy = new Database(snapshotPath);
  copy.prepare('INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)').run('f'.repeat(64), future.created);
  copy.pragma('journal_mode = DELETE');
  const tables = countRows(copy);
  const organization = organizationOf(copy, '2025-01-05T03:00:00.000Z');
  copy.close();
  const kdf = newKdfParams(TEST_KDF);
  const keys = await deriveBackupKeys(passphrase, kdf);
  const header: BackupHeader = {
    format: FORMAT_VERSION,
    appVersion: '9.0.0',
    schema: future,
    createdAt: '2025-01-05T03:00:00.000Z',
    organizationId: organization.id ?? 'unknown',
    kind: 'usb',
    reason: null,
    encryption: { cipher: 'aes-256-gcm', iv: randomBytes(12).toString('base64'), kdf, keyCheck: keys.keyCheck },
  };
  const finalPath = join(core.usbDir, 'newerSchema.sohoi');
  await writeBackupFile({
    fs: nodeBackupFs,
    snapshotPath,
    finalPath,
    header,
    cipherKey: keys.cipherKey,
    manifest: (database) => ({ organizationName: organization.name, tables, database }),
  });
  rmSync(snapshotPath);
  return finalPath;
}
