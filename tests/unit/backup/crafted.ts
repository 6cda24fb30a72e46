import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { nodeBackupFs } from '../../../electron/core/backup/backup-fs';
import { FORMAT_VERSION, type BackupHeader, type BackupManifest } from '../../../electron/core/backup/format';
import { deriveBackupKeys, newKdfParams } from '../../../electron/core/backup/keys';
import { appSchemaVersion, schemaVersionOf } from '../../../electron/core/backup/schema-version';
import { countRows, organizationOf } from '../../../electron/core/backup/snapshot';
import { writeBackupFile } from '../../../electron/core/backup/writer';
import { DATABASE_FILE_NAME } from '../../../electron/core/create-core';
import { MIGRATIONS_DIR } from '../../../db/paths';
import { TEST_KDF, type BackupCore } from './support';

/**
 * A well-formed, correctly encrypted backup of the core's data after `change` — made the way the
 * app makes them, so that only what `change` did is wrong with it.
 */
async function craftedBackup(core: BackupCore, passphrase: string, name: string, change: (sqlite: Database.Database) => void, schema?: { tag: string; created: number }): Promise<string> {
  const snapshotPath = join(core.usbDir, `${name}.sqlite`);
  const live = new Database(join(core.t.dataDir, DATABASE_FILE_NAME), { readonly: true });
  await live.backup(snapshotPath);
  live.close();
  const copy = new Database(snapshotPath);
  copy.pragma('foreign_keys = OFF');
  change(copy);
  copy.pragma('journal_mode = DELETE');
  const tables = countRows(copy);
  const organization = organizationOf(copy, '2025-01-05T03:00:00.000Z');
  const version = schema ?? schemaVersionOf(copy, MIGRATIONS_DIR);
  copy.close();
  const kdf = newKdfParams(TEST_KDF);
  const keys = await deriveBackupKeys(passphrase, kdf);
  const header: BackupHeader = {
    format: FORMAT_VERSION,
    appVersion: schema ? '9.0.0' : '0.0.0-test',
    schema: version,
    createdAt: '2025-01-05T03:00:00.000Z',
    organizationId: organization.id ?? 'unknown',
    kind: 'usb',
    reason: null,
    encryption: { cipher: 'aes-256-gcm', iv: randomBytes(12).toString('base64'), kdf, keyCheck: keys.keyCheck },
  };
  const finalPath = join(core.usbDir, `${name}.sohoi`);
  const manifest = (database: BackupManifest['database']) => ({ organizationName: organization.name, tables, database });
  await writeBackupFile({ fs: nodeBackupFs, snapshotPath, finalPath, header, cipherKey: keys.cipherKey, manifest });
  rmSync(snapshotPath);
  return finalPath;
}

/** Made by "a newer Sổ Hội": one more migration than this app ships, and the header says so. */
export function newerSchemaBackup(core: BackupCore, passphrase: string): Promise<string> {
  const future = { tag: '9999_phien_ban_moi', created: appSchemaVersion(MIGRATIONS_DIR).created + 86_400_000 };
  return craftedBackup(core, passphrase, 'newerSchema', (sqlite) => {
    sqlite.prepare('INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)').run('f'.repeat(64), future.created);
  }, future);
}

/** Data edited behind the app's back: a profile whose organisation does not exist. */
export function brokenLinkBackup(core: BackupCore, passphrase: string): Promise<string> {
  return craftedBackup(core, passphrase, 'brokenLink', (sqlite) => {
    sqlite.prepare("UPDATE organization_profiles SET organization_id = 'khong-ton-tai'").run();
  });
}
