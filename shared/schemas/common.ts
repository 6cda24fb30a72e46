import { z } from 'zod';
import { isValidIsoDate, normalizeText, parseDateVi } from '../format';

/** A calendar date carried as `YYYY-MM-DD` (architecture.md: calls carry JSON only). */
export const isoDate = z
  .string()
  .refine(isValidIsoDate, { message: 'Ngày không hợp lệ, cần có dạng dd/mm/yyyy.' });

/** Opaque record id (UUIDv7 string). */
export const recordId = z.string().min(1).max(64);

/** Free text normalised to NFC with single spaces; empty allowed. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .max(max * 2, { message: `${label} dài quá ${max} ký tự.` })
    .transform(normalizeText)
    .pipe(z.string().max(max, { message: `${label} dài quá ${max} ký tự.` }));
}

/** Required free text normalised to NFC with single spaces. */
export function requiredText(label: string, max: number) {
  return z
    .string({ message: `${label} không được để trống.` })
    .max(max * 2, { message: `${label} dài quá ${max} ký tự.` })
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(1, { message: `${label} không được để trống.` })
        .max(max, { message: `${label} dài quá ${max} ký tự.` }),
    );
}

const PHONE_PATTERN = /^(\+84|0)\d{8,10}$/;

/** A Vietnamese phone number kept as text (leading 0 kept); spaces and dots allowed while typing. */
export const optionalPhone = z
  .string()
  .max(40, { message: 'Số điện thoại quá dài.' })
  .transform(normalizeText)
  .refine((value) => value === '' || PHONE_PATTERN.test(value.replace(/[\s.]/g, '')), {
    message: 'Số điện thoại không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84, ví dụ 0204 3855 123.',
  });

export const optionalEmail = z
  .string()
  .max(254, { message: 'Địa chỉ e-mail quá dài.' })
  .transform((value) => value.trim())
  .refine((value) => value === '' || z.email().safeParse(value).success, {
    message: 'Địa chỉ e-mail không hợp lệ, ví dụ hoibvqte@bacgiang.gov.vn.',
  });

export const emptyInput = z.object({}).strict();
export const jobStarted = z.object({ jobId: z.string() });

/**
 * A date as the user types it (dd/mm/yyyy), checked strictly and turned into `YYYY-MM-DD`.
 * Forms use it; calls carry the ISO result.
 */
export function dateText(label: string) {
  return z.string().transform((text, context) => {
    if (text.trim() === '') {
      context.addIssue({ code: 'custom', message: `${label} không được để trống.` });
      return z.NEVER;
    }
    const parsed = parseDateVi(text);
    if (!parsed.ok || parsed.precision !== 'day') {
      context.addIssue({ code: 'custom', message: parsed.ok ? 'Cần ghi đủ ngày, tháng, năm theo dạng dd/mm/yyyy.' : parsed.message });
      return z.NEVER;
    }
    return parsed.iso;
  });
}
