import { z } from 'zod';
import { ROLES } from '../permissions';
import { isoDate, recordId, requiredText } from './common';

export const MIN_PASSWORD_LENGTH = 8;

export const username = z
  .string({ message: 'Tên đăng nhập không được để trống.' })
  .transform((value) => value.normalize('NFC').trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(3, { message: 'Tên đăng nhập cần ít nhất 3 ký tự.' })
      .max(40, { message: 'Tên đăng nhập dài quá 40 ký tự.' })
      .regex(/^[a-z0-9._-]+$/, { message: 'Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu . _ -, ví dụ thuky.hoi' }),
  );

/** A new password: the one rule for every place a password is chosen. */
export const newPassword = z
  .string({ message: 'Mật khẩu không được để trống.' })
  .min(MIN_PASSWORD_LENGTH, { message: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.` })
  .max(200, { message: 'Mật khẩu dài quá 200 ký tự.' });

/** A password typed to prove who you are (checked against the stored hash, not against rules). */
export const typedPassword = z.string().min(1, { message: 'Hãy nhập mật khẩu.' }).max(200, { message: 'Mật khẩu dài quá 200 ký tự.' });

export const role = z.enum(ROLES, { message: 'Hãy chọn vai trò.' });

/** New password typed twice, as forms ask for it. */
export function passwordPair<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, newPassword, confirmPassword: z.string() })
    .refine((value) => Reflect.get(value, 'newPassword') === Reflect.get(value, 'confirmPassword'), {
      message: 'Hai lần nhập mật khẩu không khớp.',
      path: ['confirmPassword'],
    });
}

export const sessionInfo = z.object({
  accountId: recordId,
  username: z.string(),
  displayName: z.string(),
  role,
  restriction: z.enum(['locked', 'mustChangePassword']).nullable(),
  idleLockMinutes: z.number().int(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const accountDto = z.object({
  id: recordId,
  username: z.string(),
  displayName: z.string(),
  role,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Too many wrong passwords: login refused until `lockedUntil`. */
  lockedOut: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type AccountDto = z.infer<typeof accountDto>;

export const accountFields = z.object({
  username,
  displayName: requiredText('Họ và tên', 100),
  role,
});

export const auditEntryDto = z.object({
  seq: z.number().int(),
  createdAt: z.string(),
  accountName: z.string().nullable(),
  action: z.string(),
  method: z.string().nullable(),
  entity: z.string().nullable(),
  recordId: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntryDto = z.infer<typeof auditEntryDto>;

export const auditFilter = z.object({
  accountId: recordId.optional(),
  entity: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Rows with a smaller sequence number than this (for paging back in time). */
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
