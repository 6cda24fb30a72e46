import type { ListSpec } from '../../../shared/schemas/list-specs';
import type { ColumnMapping } from '../../../shared/schemas/lists';
import type { HandlerContext } from '../types';
import { rowReader, type RowReader } from './row-reader';
import type { SheetRow } from './sheet';

/**
 * One list type of the generic import pipeline. A list type says how to read the options asked
 * once for the file, how to read one row, how to check the rows together and against the
 * database (duplicates, codes that must exist), and how to write them. The pipeline
 * (import-service.ts) does the rest the same way for every list: reading the sheet, progress,
 * preview, one transaction, the rejected rows.
 */

export interface SummaryLine {
  label: string;
  count: number;
  /** Shown after the label: "Chi hội sẽ tạo mới: Xóm Mới (3 dòng)". */
  countOf?: string;
}

export interface ParsedRow<R> {
  /** Position among the data rows. */
  index: number;
  rowNumber: number;
  value: R;
}

export interface PlanOutcome<P> {
  /** Errors found by looking at the rows together or at the database, by row index. */
  errors: Map<number, string[]>;
  /** What would change ("12 đơn vị mới" …), for the preview. */
  summary: SummaryLine[];
  /** Rows refused only because they repeat a record (their message is in `errors`). */
  duplicates?: ReadonlySet<number>;
  plan: P;
}

export interface ApplyOutcome {
  written: number;
  summary: SummaryLine[];
  /** For `data.changed` events after the commit. */
  changed: { entity: string; ids: string[] }[];
}

export interface ImporterDefinition<O, R, P> {
  spec: ListSpec;
  /** The values asked once for the file; throws AppError VALIDATION (paths `options.<key>`). */
  options(raw: Readonly<Record<string, string>>, context: HandlerContext): O;
  /** One row; returns null when the reader collected errors. */
  parseRow(read: RowReader, options: O): R | null;
  plan(rows: ParsedRow<R>[], options: O, context: HandlerContext): PlanOutcome<P>;
  /** Writes the plan; runs inside the commit's transaction and records the audit rows. */
  apply(plan: P, options: O, context: HandlerContext): ApplyOutcome;
}

export interface ImportOutcome {
  /** Every row's errors (empty array for a good row), by row index. */
  rowErrors: string[][];
  summary: SummaryLine[];
  /**
   * Row indexes refused as duplicates or skipped (a totals row); they have errors too. Lists
   * without these notions leave them out: every row with errors counts as rejected.
   */
  duplicates?: ReadonlySet<number>;
  skipped?: ReadonlySet<number>;
  /** What the importer made of each row, shown in the preview (labels, then values by row index). */
  parsed?: { columns: string[]; rows: ReadonlyMap<number, string[]> };
  apply(): ApplyOutcome;
}

export interface ImportRun {
  addRow(row: SheetRow): void;
  finish(): ImportOutcome;
}

export interface ListImporter {
  readonly spec: ListSpec;
  start(mapping: ColumnMapping, rawOptions: Readonly<Record<string, string>>, context: HandlerContext): ImportRun;
}

export function defineImporter<O, R, P>(definition: ImporterDefinition<O, R, P>): ListImporter {
  return {
    spec: definition.spec,
    start(mapping, rawOptions, context) {
      const blanks = Object.fromEntries(definition.spec.options.map((option) => [option.key, '']));
      const options = definition.options({ ...blanks, ...rawOptions }, context);
      const rowErrors: string[][] = [];
      const parsed: ParsedRow<R>[] = [];
      return {
        addRow(row) {
          const read = rowReader(definition.spec, mapping, row);
          const value = definition.parseRow(read, options);
          const index = rowErrors.length;
          rowErrors.push([...read.errors]);
          if (value !== null && read.errors.length === 0) parsed.push({ index, rowNumber: row.rowNumber, value });
        },
        finish() {
          const outcome = definition.plan(parsed, options, context);
          for (const [index, errors] of outcome.errors) rowErrors[index]?.push(...errors);
          const duplicates = outcome.duplicates ? { duplicates: outcome.duplicates } : {};
          return { rowErrors, summary: outcome.summary, ...duplicates, apply: () => definition.apply(outcome.plan, options, context) };
        },
      };
    },
  };
}

/** Adds a message to a row's errors in a plan's error map. */
export function addError(errors: Map<number, string[]>, index: number, message: string): void {
  const list = errors.get(index);
  if (list) list.push(message);
  else errors.set(index, [message]);
}
