import { z } from 'zod';
import { dateText, isoDate, optionalEmail, optionalPhone, optionalText, recordId, requiredText } from './common';

export const signerSchema = z.object({
  fullName: requiredText('Họ và tên người ký', 100),
  title: requiredText('Chức vụ người ký', 100),
  /** Signing mark above the title, e.g. "TM. BAN THƯỜNG VỤ" or "KT. CHỦ TỊCH"; may be empty. */
  authority: optionalText('Thẩm quyền ký', 100),
});

const ABBREVIATION_PATTERN = /^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/;

/** The organisation profile as the user edits it: one effective-dated version. */
export const organizationProfileFields = z.object({
  validFrom: isoDate,
  name: requiredText('Tên đơn vị', 200),
  parentLine: optionalText('Tên cơ quan chủ quản', 200),
  abbreviation: requiredText('Chữ viết tắt', 30).refine((value) => ABBREVIATION_PATTERN.test(value), {
    message: 'Chữ viết tắt chỉ gồm chữ in hoa không dấu và chữ số, nối bằng dấu gạch ngang, ví dụ HBVQTE.',
  }),
  placeName: requiredText('Địa danh ghi ngày tháng', 100),
  address: optionalText('Địa chỉ', 300),
  phone: optionalPhone,
  email: optionalEmail,
  signers: z.array(signerSchema).max(6, { message: 'Tối đa 6 người ký.' }),
});

export type OrganizationProfileInput = z.input<typeof organizationProfileFields>;
export type OrganizationProfileValues = z.output<typeof organizationProfileFields>;

export const organizationProfileDto = z.object({
  id: recordId,
  organizationId: recordId,
  validFrom: z.string(),
  /** Last day this version is in force, or null while it is the latest. */
  validTo: z.string().nullable(),
  name: z.string(),
  parentLine: z.string(),
  abbreviation: z.string(),
  placeName: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  signers: z.array(z.object({ fullName: z.string(), title: z.string(), authority: z.string() })),
  updatedAt: z.string(),
});

export type OrganizationProfileDto = z.infer<typeof organizationProfileDto>;

/** The same rules for the form, where the start date is typed as dd/mm/yyyy. */
export const organizationProfileForm = organizationProfileFields.extend({ validFrom: dateText('Ngày áp dụng') });
export type OrganizationProfileFormValues = z.input<typeof organizationProfileForm>;
