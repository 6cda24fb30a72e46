import { canonicalPassphrase } from '../../../shared/schemas/backup';
import { actor } from '../accounts/account-dto';
import type { HandlerContext } from '../types';
import { deriveBackupKeys, newKdfParams, sameKeyCheck } from './keys';
import { BackupProblem } from './problems';
import { readPassphraseRecord, writePassphraseRecord, type PassphraseRecord } from './settings';

/**
 * The backup passphrase. The database keeps only how to check it (KDF parameters and a key
 * check); the passphrase itself is remembered, if the administrator wants, in the host's secret
 * store (safeStorage in Electron, memory in the browser host).
 */
export const PASSPHRASE_SECRET = 'backup-passphrase';

async function matches(record: PassphraseRecord, passphrase: string): Promise<boolean> {
  const keys = await deriveBackupKeys(passphrase, record.kdf);
  return sameKeyCheck(keys.keyCheck, record.keyCheck);
}

export function passphraseState(context: HandlerContext): { set: boolean; remembered: boolean; setAt: string | null } {
  const record = readPassphraseRecord(context.db);
  return { set: record !== null, remembered: record !== null && context.backup.secrets.get(PASSPHRASE_SECRET) !== null, setAt: record?.setAt ?? null };
}

export async function setPassphrase(context: HandlerContext, input: { passphrase: string; remember: boolean }): Promise<{ setAt: string }> {
  const passphrase = canonicalPassphrase(input.passphrase);
  const kdf = newKdfParams(context.backup.kdf);
  const keys = await deriveBackupKeys(passphrase, kdf);
  const setAt = context.now().toISOString();
  context.transaction(() => {
    const replaced = readPassphraseRecord(context.db) !== null;
    writePassphraseRecord(context.db, { kdf, keyCheck: keys.keyCheck, setAt }, setAt);
    context.audit.record({ action: 'backup.passphrase.set', entity: 'backup', detail: { replaced, remembered: input.remember }, ...actor(context) });
  });
  if (input.remember) context.backup.secrets.set(PASSPHRASE_SECRET, passphrase);
  else context.backup.secrets.delete(PASSPHRASE_SECRET);
  return { setAt };
}

/** The passphrase for a new USB backup: the one typed (if it is the chosen one) or the remembered one. */
export async function passphraseForBackup(context: HandlerContext, typed: string | undefined): Promise<string> {
  const record = readPassphraseRecord(context.db);
  if (!record) throw new BackupProblem('passphraseNotSet');
  if (typed !== undefined && typed !== '') {
    if (!(await matches(record, typed))) throw new BackupProblem('passphraseChanged');
    return canonicalPassphrase(typed);
  }
  const remembered = context.backup.secrets.get(PASSPHRASE_SECRET);
  if (remembered !== null && (await matches(record, remembered))) return remembered;
  throw new BackupProblem('needPassphrase');
}

/** The passphrase to open a backup with: the one typed, else the remembered one (the file will tell). */
export function passphraseForOpening(context: HandlerContext, typed: string | undefined): string | null {
  if (typed !== undefined && typed !== '') return typed;
  return context.backup.secrets.get(PASSPHRASE_SECRET);
}
