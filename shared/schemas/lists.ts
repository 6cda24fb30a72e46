import { z } from 'zod';
import { LIST_TYPES } from './list-specs';
import { recordId } from './common';

export const listType = z.enum(LIST_TYPES);

/** Which column of the sheet (0-based) feeds each column of the spec; null = not in the file. */
export const columnMapping = z.record(z.string().max(40), z.number().int().min(0).max(500).nullable());
export type ColumnMapping = z.infer<typeof columnMapping>;

export const importId = z.string().min(1).max(64);
/** Identifies one check (validate job) of an import: the commit names the check the user saw. */
export const checkId = z.string().min(1).max(64);

export const importReadInput = z.object({
  listType,
  fileToken: z.string().min(1).max(100),
  /** The sheet to read; absent: the sheet whose header matches the list best. */
  sheetName: z.string().min(1).max(200).optional(),
});

/** A worksheet of the file, for the sheet picker. */
export const sheetInfo = z.object({
  name: z.string(),
  /** Rows with at least one non-empty cell (title and header rows included). */
  rows: z.number().int(),
  /** Whether a header row of this list was recognised in the sheet. */
  hasHeader: z.boolean(),
});
export type SheetInfo = z.infer<typeof sheetInfo>;

/** The result of the read job: what the file holds and how its columns were matched. */
export const importReadResult = z.object({
  importId,
  listType,
  fileName: z.string(),
  sheetName: z.string(),
  /** Every worksheet of the file, in the workbook's order. */
  sheets: z.array(sheetInfo),
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

/**
 * "Tổ chức mới: 12"; with `countOf` the count is shown after the label: "… (3 dòng)". `note`
 * says why a line needs the user (e.g. why a branch could not be created).
 */
export const summaryLine = z.object({ label: z.string(), count: z.number().int(), countOf: z.string().optional(), note: z.string().optional() });

/** Every row of the file is exactly one of these. */
export const importCounts = z.object({
  /** Rows that would be written. */
  good: z.number().int(),
  /** Rows refused for an error. */
  rejected: z.number().int(),
  /** Rows not written because they repeat a record (in the database or earlier in the file). */
  duplicate: z.number().int(),
  /** Rows that are not records at all (a totals row), skipped. */
  skipped: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCounts>;

export const previewRow = z.object({
  rowNumber: z.number().int(),
  /** Cell texts in the order of the spec's columns. */
  values: z.array(z.string()),
  /** What the importer made of the row, by `parsedColumns` (e.g. the name split into họ, đệm, tên). */
  parsed: z.array(z.string()),
  errors: z.array(z.string()),
});

/** The result of the validate job: counts, what would change, and the rows (errors first). */
export const importPreview = z.object({
  importId,
  /** This check; `lists.import.commit` refuses any but the latest check of the import. */
  checkId,
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  counts: importCounts,
  summary: z.array(summaryLine),
  /** Labels of each row's `parsed` values; empty when the list shows none. */
  parsedColumns: z.array(z.string()),
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
/** Commit the rows of the check the user saw (its preview's `checkId`). */
export const importCommitInput = z.object({ importId, checkId });
export const discarded = z.object({ discarded: z.literal(true) });
export const deleted = z.object({ id: recordId, deleted: z.literal(true) });
