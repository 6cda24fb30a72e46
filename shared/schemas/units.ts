import { z } from 'zod';
import { UNIT_FLAG_KINDS, UNIT_KINDS, UNIT_LEVELS } from './organization-kinds';
import { dateText, isoDate, recordId, requiredText } from './common';
import { optionalDateText } from './form-dates';

/** A statistics-office code: digits only, leading zeros kept ('24', '213', '07210'). */
export const unitCode = z
  .string({ message: 'Hãy chọn đơn vị hành chính.' })
  .trim()
  .min(1, { message: 'Hãy chọn đơn vị hành chính.' })
  .regex(/^\d{2,6}$/, { message: 'Mã đơn vị hành chính chỉ gồm 2 đến 6 chữ số, ví dụ 07210.' });

export const unitLevel = z.enum(UNIT_LEVELS);

/** One version of an administrative unit. */
export const unitDto = z.object({
  id: recordId,
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  level: unitLevel,
  parentCode: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  decision: z.string().nullable(),
});
export type UnitDto = z.infer<typeof unitDto>;

export const unitTreeInput = z.object({ asOf: isoDate.optional(), query: z.string().max(100).optional() });

export const unitTreeOutput = z.object({
  asOf: z.string(),
  /** Every unit valid on `asOf` (or, with a query, the matches and their ancestors), tree order. */
  units: z.array(unitDto),
  /** Codes that match the query (empty without a query). */
  matches: z.array(z.string()),
  counts: z.object({ province: z.number().int(), district: z.number().int(), commune: z.number().int() }),
});
export type UnitTree = z.infer<typeof unitTreeOutput>;

export const unitSearchInput = z.object({
  query: z.string().max(100),
  /** Units valid that day; without it, the latest version of every code ever recorded. */
  asOf: isoDate.optional(),
  levels: z.array(unitLevel).optional(),
  limit: z.number().int().min(1).max(200).default(30),
});

/** A unit with its ancestors' names for pickers: "Xã Tân An, Huyện Yên Dũng". */
export const unitOption = unitDto.extend({ path: z.string() });
export type UnitOption = z.infer<typeof unitOption>;

export const flagDto = z.object({
  id: recordId,
  unitCode: z.string(),
  unitName: z.string(),
  kind: z.enum(UNIT_FLAG_KINDS),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  decision: z.string(),
  updatedAt: z.string(),
});
export type FlagDto = z.infer<typeof flagDto>;

const flagKind = z.enum(UNIT_FLAG_KINDS, { message: 'Hãy chọn loại địa bàn.' });
const decision = requiredText('Quyết định', 200);

/** A per-period flag as the core takes it. */
export const flagFields = z.object({
  unitCode,
  kind: flagKind,
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  decision,
});
export type FlagValues = z.output<typeof flagFields>;

/** The same rules for the form, where dates are typed as dd/mm/yyyy. */
export const flagForm = z.object({
  unitCode,
  kind: flagKind,
  validFrom: dateText('Từ ngày'),
  validTo: optionalDateText('Đến ngày'),
  decision,
});
export type FlagFormValues = z.input<typeof flagForm>;

export const flagListInput = z.object({ unitCode: unitCode.optional(), asOf: isoDate.optional(), query: z.string().max(100).optional() });

export const mappingDto = z.object({
  id: recordId,
  oldCode: z.string(),
  oldName: z.string(),
  newCode: z.string(),
  newName: z.string(),
  validFrom: z.string(),
  decision: z.string(),
  decisionDate: z.string().nullable(),
});
export type MappingDto = z.infer<typeof mappingDto>;

export const unitHistory = z.object({
  code: z.string(),
  versions: z.array(unitDto),
  flags: z.array(flagDto),
  /** Old units merged into this one. */
  mappedFrom: z.array(mappingDto),
  /** Where this unit went. */
  mappedTo: z.array(mappingDto),
});
export type UnitHistory = z.infer<typeof unitHistory>;
