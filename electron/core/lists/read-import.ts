import { readSetting } from '../../../db/repositories/settings';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format';
import { LIST_SPECS, type ListSpec, type ListType } from '../../../shared/schemas/list-specs';
import type { ColumnMapping, ImportReadResult } from '../../../shared/schemas/lists';
import type { JobContext } from '../jobs';
import type { HandlerContext } from '../types';
import { dataRowsOf, detectHeader, layoutKey, sheetInfos, type DetectedHeader } from './header-detection';
import { importStoreOf, type ImportSession } from './import-store';
import { cellText } from './sheet';
import { MAX_ROWS, readWorkbook } from './workbook-reader';

const READING = 'Đang đọc tệp Excel';

export interface ReadRequest {
  listType: ListType;
  fileToken: string;
  sheetName?: string | undefined;
}

function rememberedMapping(context: HandlerContext, key: string, spec: ListSpec): ColumnMapping | null {
  const value = readSetting(context.db, key);
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Record<string, unknown>;
  const entries = spec.columns.map((column) => [column.key, typeof stored[column.key] === 'number' ? stored[column.key] : null]);
  return Object.fromEntries(entries) as ColumnMapping;
}

function newSession(context: HandlerContext, request: ReadRequest, fileName: string, detected: DetectedHeader): ImportSession {
  const dataRows = dataRowsOf(detected);
  if (dataRows.length > MAX_ROWS) throw new AppError('VALIDATION', `Tệp có quá nhiều dòng (tối đa ${formatNumber(MAX_ROWS)} dòng).`);
  return {
    id: context.newId(),
    ownerId: context.session?.accountId ?? null,
    listType: request.listType,
    fileName,
    fileToken: request.fileToken,
    sheetName: detected.sheet.name,
    headers: detected.headers,
    layoutKey: layoutKey(request.listType, detected.headers),
    dataRows,
    createdAt: context.now().getTime(),
  };
}

/**
 * Job: reads the file, finds the header under any title rows (in the chosen sheet, or in the
 * sheet that matches the list best) and maps the columns. Reading another sheet of the same file
 * replaces the caller's earlier reading of it; the file stays registered until the import is
 * committed or discarded.
 */
export async function readImport(context: HandlerContext, job: JobContext, request: ReadRequest): Promise<ImportReadResult> {
  const file = context.files.resolve(request.fileToken);
  if (!file) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đã chọn. Hãy chọn lại tệp.');
  const spec = LIST_SPECS[request.listType];
  job.report(0, 2, READING);
  const sheets = await readWorkbook(file.path);
  await job.checkpoint();
  const detected = detectHeader(sheets, spec, request.sheetName);
  const session = newSession(context, request, file.name, detected);
  const remembered = rememberedMapping(context, session.layoutKey, spec);
  const store = importStoreOf(context);
  store.removeReadingsOf(request.fileToken, session.ownerId);
  store.add(session, session.createdAt);
  job.report(2, 2, READING);
  const width = Math.max(0, ...detected.headers.map((header) => header.index + 1));
  return {
    importId: session.id,
    listType: request.listType,
    fileName: file.name,
    sheetName: detected.sheet.name,
    sheets: sheetInfos(sheets, spec),
    headerRow: detected.sheet.rows[detected.headerIndex]?.rowNumber ?? 1,
    headers: detected.headers,
    mapping: remembered ?? detected.mapping,
    remembered: remembered !== null,
    rowCount: session.dataRows.length,
    sample: session.dataRows.slice(0, 3).map((row) => Array.from({ length: width }, (_unused, index) => cellText(row.cells[index]))),
  };
}
