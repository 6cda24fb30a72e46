import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlatformServices } from '../../../electron/core/platform';
import type { Envelope } from '../../../shared/errors';
import type { JobFinishedEvent } from '../../../shared/events';
import { importPreview, importReadResult, type ColumnMapping, type ImportPreview, type ImportReadResult } from '../../../shared/schemas/lists';
import type { ListType } from '../../../shared/schemas/list-specs';
import type { Session } from '../../../shared/permissions';
import { stubPlatform, type TestCore } from '../../helpers/core';

/** Helpers for the import and export tests (not a test file itself). */

export const REFERENCE_UNITS_FILE = join(import.meta.dirname, '..', '..', 'fixtures', 'admin-units-bac-giang-2025-03.xlsx');

export type CellInput = string | number | Date | null;

/** Writes an .xlsx with one sheet; `merges` like ['A1:G1']. */
export async function writeSheet(rows: CellInput[][], options: { merges?: string[]; sheetName?: string } = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1');
  rows.forEach((row) => sheet.addRow(row));
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  const path = join(mkdtempSync(join(tmpdir(), 'sohoi-test-xlsx-')), 'tep.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The reference file's rows (header first) as plain values, to build variants of it. */
export async function referenceRows(): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REFERENCE_UNITS_FILE);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('reference file has no sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
  return rows;
}

export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Starts a job method and waits for its end; returns the finished event. */
export async function runJob(t: TestCore, method: 'lists.import.read' | 'lists.import.validate', input: unknown, session?: Session | null): Promise<JobFinishedEvent> {
  const finished = new Promise<JobFinishedEvent>((resolve, reject) => {
    let jobId: string | null = null;
    const early: JobFinishedEvent[] = [];
    const stop = t.core.events.subscribe((event) => {
      if (event.type !== 'job.finished') return;
      if (jobId === null) early.push(event);
      else if (event.jobId === jobId) {
        stop();
        resolve(event);
      }
    });
    void t.call(method, input, session).then((envelope) => {
      if (!envelope.ok) {
        stop();
        reject(new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`));
        return;
      }
      jobId = (envelope.value as { jobId: string }).jobId;
      const done = early.find((event) => event.jobId === jobId);
      if (done) {
        stop();
        resolve(done);
      }
    });
  });
  return finished;
}

export async function readFile(t: TestCore, listType: ListType, path: string, name = 'Danh sách.xlsx'): Promise<ImportReadResult> {
  const fileToken = t.core.files.register({ path, name });
  const event = await runJob(t, 'lists.import.read', { listType, fileToken });
  if (event.status !== 'succeeded') throw new Error(`read failed: ${JSON.stringify(event.error)}`);
  return importReadResult.parse(event.result);
}

/** Reads then validates a file; the read's mapping unless another is given. */
export async function previewFile(
  t: TestCore,
  listType: ListType,
  path: string,
  options: Record<string, string> = {},
  mapping?: (read: ImportReadResult) => ColumnMapping,
): Promise<{ read: ImportReadResult; preview: ImportPreview }> {
  const read = await readFile(t, listType, path);
  const event = await runJob(t, 'lists.import.validate', { importId: read.importId, mapping: mapping ? mapping(read) : read.mapping, options });
  if (event.status !== 'succeeded') throw new Error(`validate failed: ${JSON.stringify(event.error)}`);
  return { read, preview: importPreview.parse(event.result) };
}

/** Reads, validates and commits; throws when any step fails. */
export async function importFile(t: TestCore, listType: ListType, path: string, options: Record<string, string> = {}) {
  const { read, preview } = await previewFile(t, listType, path, options);
  const committed = await t.value('lists.import.commit', { importId: read.importId, checkId: preview.checkId });
  return { read, preview, committed };
}

/** Platform services that record what the core offered for saving (a "download"). */
export function recordingPlatform(): { platform: PlatformServices; saved: { sourcePath: string; suggestedName: string }[] } {
  const saved: { sourcePath: string; suggestedName: string }[] = [];
  const platform: PlatformServices = {
    ...stubPlatform(),
    saveFile: async (request) => {
      saved.push({ sourcePath: request.sourcePath, suggestedName: request.suggestedName });
      return { kind: 'download', url: `/api/download/test-${saved.length}` };
    },
  };
  return { platform, saved };
}

export function errorOf(envelope: Envelope<unknown>): { code: string; message: string } | null {
  return envelope.ok ? null : envelope.error;
}
