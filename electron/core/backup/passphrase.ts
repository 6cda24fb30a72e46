import { canonicalPassphrase } from '../../../shared/schemas/backup';
import { actor } from '../accounts/account-dto';
import type { HandlerContext } from '../types';
import type { KdfParams } from './format';
import { deriveBackupKeys, newKdfParams, sameKeyCheck, type BackupKeys } from './keys';
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

/** What the secret store keeps: the passphrase, and the key check of the record it was chosen as. */
function remembered(context: HandlerContext): { passphrase: string; keyCheck: string } | null {
  try {
    const value = JSON.parse(context.backup.secrets.get(PASSPHRASE_SECRET) ?? 'null') as { passphrase?: unknown; keyCheck?: unknown } | null;
    return typeof value?.passphrase === 'string' && typeof value.keyCheck === 'string' ? { passphrase: value.passphrase, keyCheck: value.keyCheck } : null;
  } catch {
    return null;
  }
}

/** The remembered passphrase if it is the chosen one (a restore may have brought another choice). */
function rememberedFor(context: HandlerContext, record: PassphraseRecord): string | null {
  const secret = remembered(context);
  return secret !== null && secret.keyCheck === record.keyCheck ? secret.passphrase : null;
}

export function passphraseState(context: HandlerContext): { set: boolean; remembered: boolean; setAt: string | null } {
  const record = readPassphraseRecord(context.db);
  return { set: record !== null, remembered: record !== null && rememberedFor(context, record) !== null, setAt: record?.setAt ?? null };
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
  if (input.remember) context.backup.secrets.set(PASSPHRASE_SECRET, JSON.stringify({ passphrase, keyCheck: keys.keyCheck }));
  else context.backup.secrets.delete(PASSPHRASE_SECRET);
  context.changed('backup', []);
  return { setAt };
}

/**
 * A fresh salt and key for a new USB backup, from the passphrase typed (if it is the chosen one)
 * or the remembered one. A typed one is checked against the chosen one side by side with the new
 * derivation (scrypt works on libuv's thread pool).
 */
export async function newBackupKeys(context: HandlerContext, typed: string | undefined): Promise<{ kdf: KdfParams; keys: BackupKeys }> {
  const record = readPassphraseRecord(context.db);
  if (!record) throw new BackupProblem('passphraseNotSet');
  const typedOne = typed !== undefined && typed !== '' ? canonicalPassphrase(typed) : null;
  const candidate = typedOne ?? rememberedFor(context, record);
  if (candidate === null) throw new BackupProblem('needPassphrase');
  const kdf = newKdfParams(context.backup.kdf);
  // The remembered one was stored with the key check it matched: only a typed one needs checking.
  const [chosen, keys] = await Promise.all([typedOne === null || matches(record, typedOne), deriveBackupKeys(candidate, kdf)]);
  if (!chosen) throw new BackupProblem('passphraseChanged');
  return { kdf, keys };
}

/** The passphrase to open a backup with: the one typed, else the remembered one (the file will tell). */
export function passphraseForOpening(context: HandlerContext, typed: string | undefined): string | null {
  if (typed !== undefined && typed !== '') return typed;
  return remembered(context)?.passphrase ?? null;
}
