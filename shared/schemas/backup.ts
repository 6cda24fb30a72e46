import { z } from 'zod';
import { normalizeText, normalizeTonePlacement } from '../format';

/**
 * Backups and restore: the passphrase rules, the strength hint, and the shapes the backup
 * methods return. docs/backup-format.md describes the file itself.
 */

export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 200;
/** The weakest passphrase the app accepts (see passphraseStrength). */
export const MIN_PASSPHRASE_SCORE = 2;

/**
 * What the key is derived from: NFC, look-alike Đ mapped, spaces collapsed and trimmed, and the
 * new-style tone placement ("hòa", not "hoà"), so the same words typed with another keyboard
 * setting on another PC open the same backups. Case is kept.
 */
export function canonicalPassphrase(typed: string): string {
  return normalizeTonePlacement(normalizeText(typed));
}

export interface PassphraseStrength {
  /** 0 (very weak) … 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  /** Estimated bits of guessing work; shown as a bar, never as a number. */
  bits: number;
}

const STRENGTH_LABELS = ['Rất yếu', 'Yếu', 'Trung bình', 'Khá', 'Mạnh'] as const;
const COMMON_PARTS = ['123', 'abc', 'qwe', 'asd', 'password', 'matkhau', 'mat khau', 'sohoi', 'so hoi', '111', '000', 'admin', 'quantri'];

function poolSize(chars: readonly string[]): number {
  let pool = 0;
  if (chars.some((ch) => /[a-z]/.test(ch))) pool += 26;
  if (chars.some((ch) => /[A-Z]/.test(ch))) pool += 26;
  if (chars.some((ch) => /[0-9]/.test(ch))) pool += 10;
  if (chars.some((ch) => /[^\p{L}\p{N}]/u.test(ch))) pool += 20;
  if (chars.some((ch) => ch.charCodeAt(0) > 0x7f && /\p{L}/u.test(ch))) pool += 40;
  return Math.max(pool, 1);
}

const BITS_PER_WORD = 12; // a Vietnamese syllable picked from a few thousand in common use

/** Characters times log2 of the alphabet they come from, halved for heavy repetition, less known sequences. */
function characterBits(text: string): number {
  const chars = [...text];
  let bits = chars.length * Math.log2(poolSize(chars));
  if (new Set(chars).size * 2 < chars.length) bits /= 2;
  const folded = text.toLowerCase();
  for (const part of COMMON_PARTS) if (folded.includes(part)) bits -= 12;
  return bits;
}

/**
 * A rough, explainable estimate. Several words count as words (about 12 bits each, a little more
 * with digits, capitals or signs), never as random letters; a single word counts its characters.
 */
export function passphraseStrength(typed: string): PassphraseStrength {
  const text = canonicalPassphrase(typed);
  const words = text.split(/[\s\-_.,;]+/).filter((word) => word.length > 0);
  const extras = [/[0-9]/, /\p{Lu}/u, /[^\p{L}\p{N}\s\-_.,;]/u].filter((pattern) => pattern.test(text)).length;
  const wordBits = words.length * BITS_PER_WORD + extras * 3;
  const estimate = words.length >= 2 ? Math.min(characterBits(text), wordBits) : characterBits(text);
  const bits = Math.max(0, Math.round(estimate));
  const score = bits < 40 ? 0 : bits < 50 ? 1 : bits < 65 ? 2 : bits < 80 ? 3 : 4;
  return { score, label: STRENGTH_LABELS[score], bits };
}

export const passphraseHint = 'Nên dùng từ 5 từ trở lên, không liên quan đến nhau, có dấu, cách nhau bằng dấu cách, ví dụ: «cây bàng đỏ trước sân trường cũ».';

const newPassphrase = z
  .string({ message: 'Hãy nhập cụm mật khẩu.' })
  .max(MAX_PASSPHRASE_LENGTH * 2, { message: `Cụm mật khẩu dài quá ${MAX_PASSPHRASE_LENGTH} ký tự.` })
  .transform(canonicalPassphrase)
  .pipe(
    z
      .string()
      .min(MIN_PASSPHRASE_LENGTH, { message: `Cụm mật khẩu cần ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự.` })
      .max(MAX_PASSPHRASE_LENGTH, { message: `Cụm mật khẩu dài quá ${MAX_PASSPHRASE_LENGTH} ký tự.` })
      .refine((value) => passphraseStrength(value).score >= MIN_PASSPHRASE_SCORE, {
        message: 'Cụm mật khẩu còn dễ đoán. Hãy thêm từ hoặc dùng các từ ít gặp hơn.',
      }),
  );

/** The passphrase chosen by the administrator, typed twice. */
export const passphraseSetup = z
  .object({ passphrase: newPassphrase, confirmPassphrase: z.string(), remember: z.boolean() })
  .refine((value) => value.passphrase === canonicalPassphrase(value.confirmPassphrase), {
    message: 'Hai lần nhập cụm mật khẩu không khớp.',
    path: ['confirmPassphrase'],
  });

/** A passphrase typed to open a backup (checked against the file, not against the rules). */
export const typedPassphrase = z
  .string()
  .min(1, { message: 'Hãy nhập cụm mật khẩu sao lưu.' })
  .max(MAX_PASSPHRASE_LENGTH * 2, { message: `Cụm mật khẩu dài quá ${MAX_PASSPHRASE_LENGTH} ký tự.` });

const fileToken = z.string().min(1).max(100);
/** A local automatic backup is named by its file name (no folders, nothing else). */
const localBackupName = z.string().regex(/^[0-9A-Za-z-]+\.sohoi$/).max(120);

/** Where the backup to test or restore comes from: a file the user picked, or a local automatic backup. */
export const backupSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), token: fileToken }),
  z.object({ kind: z.literal('local'), name: localBackupName }),
]);
export type BackupSource = z.infer<typeof backupSource>;

export const backupSettings = z.object({
  keepOnDrive: z.number().int().min(1, { message: 'Giữ ít nhất 1 bản.' }).max(100, { message: 'Tối đa 100 bản.' }),
  reminderDays: z.number().int().min(1, { message: 'Tối thiểu 1 ngày.' }).max(90, { message: 'Tối đa 90 ngày.' }),
});
export type BackupSettings = z.infer<typeof backupSettings>;

/** What the readable header of a backup file says, for the user to check before restoring. */
export const backupHeaderDto = z.object({
  fileName: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaTag: z.string(),
  encrypted: z.boolean(),
  /** Local automatic backups say why they were made. */
  reason: z.string().nullable(),
  sameOrganization: z.boolean(),
  /** Made by a newer Sổ Hội: cannot be restored until this one is updated. */
  newerThanApp: z.boolean(),
});
export type BackupHeaderDto = z.infer<typeof backupHeaderDto>;

export const usbBackupRecord = z.object({
  at: z.string(),
  fileName: z.string(),
  directory: z.string(),
  sizeBytes: z.number().int(),
  durationMs: z.number().int(),
});
export type UsbBackupRecord = z.infer<typeof usbBackupRecord>;

/** The result of a backup job (`job.finished`). */
export const backupRunResult = usbBackupRecord.extend({
  verified: z.literal(true),
  /** Older backups of this organisation removed from the drive to keep the last N. */
  removedOld: z.number().int(),
  tables: z.number().int(),
});
export type BackupRunResult = z.infer<typeof backupRunResult>;

export const tableCount = z.object({ name: z.string(), rows: z.number().int() });

/** The result of "Kiểm tra bản sao lưu" and of a restore. */
export const backupCheckResult = z.object({
  createdAt: z.string(),
  organizationName: z.string().nullable(),
  tables: z.array(tableCount),
  sizeBytes: z.number().int(),
});
export type BackupCheckResult = z.infer<typeof backupCheckResult>;

export const restoreResult = backupCheckResult.extend({
  /** The local automatic backup of the data that was replaced. */
  safetyBackup: z.string(),
});
export type RestoreResult = z.infer<typeof restoreResult>;

export const localBackupDto = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  sizeBytes: z.number().int(),
});
export type LocalBackupDto = z.infer<typeof localBackupDto>;

export const backupDestinationDto = z.object({
  path: z.string(),
  label: z.string(),
  kind: z.enum(['drive', 'folder']),
  freeBytes: z.number().nullable(),
});
export type BackupDestinationDto = z.infer<typeof backupDestinationDto>;

/** Everything the Sao lưu screen shows on opening. */
export const backupOverview = z.object({
  passphrase: z.object({ set: z.boolean(), remembered: z.boolean(), setAt: z.string().nullable() }),
  settings: backupSettings,
  lastUsb: usbBackupRecord.nullable(),
  destinations: z.array(backupDestinationDto),
});
export type BackupOverview = z.infer<typeof backupOverview>;

/** The home screen's reminder. */
export const backupStatus = z.object({
  lastUsbAt: z.string().nullable(),
  /** Whole days since the last USB backup (Vietnam calendar days), null when there was none. */
  daysSince: z.number().int().nullable(),
  reminderDays: z.number().int(),
  overdue: z.boolean(),
});
export type BackupStatus = z.infer<typeof backupStatus>;
