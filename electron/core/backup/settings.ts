import { z } from 'zod';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import type { AppDb } from '../../../db/types';
import { backupSettings, usbBackupRecord, type BackupSettings, type UsbBackupRecord } from '../../../shared/schemas/backup';
import { kdfParams, type KdfParams } from './format';

/** What the backup feature keeps in `app_settings` (JSON values by key). */
export const SETTING_KEYS = {
  settings: 'backup.settings',
  folder: 'backup.folder',
  lastUsb: 'backup.lastUsb',
  passphrase: 'backup.passphrase',
} as const;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { keepOnDrive: 10, reminderDays: 7 };

/** How a typed passphrase is checked: the KDF parameters and the key check, never the passphrase. */
export const passphraseRecord = z.object({ kdf: kdfParams, keyCheck: z.string(), setAt: z.string() });
export type PassphraseRecord = { kdf: KdfParams; keyCheck: string; setAt: string };

function read<T>(db: AppDb, key: string, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse(readSetting(db, key));
  return parsed.success ? parsed.data : null;
}

export function readBackupSettings(db: AppDb): BackupSettings {
  return read(db, SETTING_KEYS.settings, backupSettings) ?? DEFAULT_BACKUP_SETTINGS;
}

export function writeBackupSettings(db: AppDb, value: BackupSettings, now: string): void {
  writeSetting(db, SETTING_KEYS.settings, value, now);
}

export function readRememberedFolder(db: AppDb): string | null {
  return read(db, SETTING_KEYS.folder, z.string().min(1));
}

export function writeRememberedFolder(db: AppDb, path: string, now: string): void {
  writeSetting(db, SETTING_KEYS.folder, path, now);
}

export function readLastUsbBackup(db: AppDb): UsbBackupRecord | null {
  return read(db, SETTING_KEYS.lastUsb, usbBackupRecord);
}

export function writeLastUsbBackup(db: AppDb, value: UsbBackupRecord, now: string): void {
  writeSetting(db, SETTING_KEYS.lastUsb, value, now);
}

export function readPassphraseRecord(db: AppDb): PassphraseRecord | null {
  return read(db, SETTING_KEYS.passphrase, passphraseRecord);
}

export function writePassphraseRecord(db: AppDb, value: PassphraseRecord, now: string): void {
  writeSetting(db, SETTING_KEYS.passphrase, value, now);
}
