import { z } from 'zod';
import { LIST_TYPES } from './list-specs';
import { recordId } from './common';

export const listType = z.enum(LIST_TYPES);

/** Which column of the sheet (0-based) feeds each column of the spec; null = not in the file. */
export const columnMapping = z.record(z.string().max(40), z.number().int().min(0).max(500).nullable());
export type ColumnMapping = z.infer<typeof columnMapping>;

export const importId = z.string().min(1).max(64);

export const importReadInput = z.object({ listType, fileToken: z.string().min(1).max(100) });

/** The result of the read job: what the file holds and how its columns were matched. */
export const importReadResult = z.object({
  importId,
  listType,
  fileName: z.string(),
  sheetName: z.string(),
  /** 1-based row number of the header in the sheet (title rows above it are skipped). */
  headerRow: z.number().int(),
  headers: z.array(z.object({ index: z.number().int(), text: z.string() })),
  mapping: columnMapping,
  /** True when the mapping was remembered from an earlier file with the same header. */
  remembered: z.boolean(),
  rowCount: z.number().int(),
  /** The first data rows as text, by sheet column, to show next to the mapping. */
  sample: z.array(z.array(z.string())),
});
export type ImportReadResult = z.infer<typeof importReadResult>;

export const importValidateInput = z.object({
  importId,
  mapping: columnMapping,
  /** Values asked once for the whole file, as typed (dates dd/mm/yyyy). */
  options: z.record(z.string().max(40), z.string().max(300)).default({}),
});

export const summaryLine = z.object({ label: z.string(), count: z.number().int() });

export const previewRow = z.object({
  rowNumber: z.number().int(),
  /** Cell texts in the order of the spec's columns. */
  values: z.array(z.string()),
  errors: z.array(z.string()),
});

/** The result of the validate job: counts, what would change, and the rows (errors first). */
export const importPreview = z.object({
  importId,
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  summary: z.array(summaryLine),
  rows: z.array(previewRow),
  /** False when the list must be imported whole and some rows have errors. */
  canCommit: z.boolean(),
  blocked: z.string().nullable(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importCommitResult = z.object({ written: z.number().int(), summary: z.array(summaryLine) });
export type ImportCommitResult = z.infer<typeof importCommitResult>;

/** What happened to a file the core offered: saved by a dialog, or a download URL (browser). */
export const savedFile = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), path: z.string() }),
  z.object({ kind: z.literal('download'), url: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type SavedFile = z.infer<typeof savedFile>;

export const importRef = z.object({ importId });
export const discarded = z.object({ discarded: z.literal(true) });
export const deleted = z.object({ id: recordId, deleted: z.literal(true) });
