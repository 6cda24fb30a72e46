import { writeSetting } from '../../../db/repositories/settings';
import { AppError } from '../../../shared/errors';
import type { ListSpec, ListType } from '../../../shared/schemas/list-specs';
import type { ColumnMapping, ImportCommitResult, ImportCounts, ImportPreview } from '../../../shared/schemas/lists';
import { actor } from '../accounts/account-dto';
import { describeChange } from '../audit/changes';
import type { JobContext } from '../jobs';
import type { HandlerContext } from '../types';
import { importStoreOf, type ImportSession } from './import-store';
import type { ImportOutcome, ListImporter } from './importer';
import { cellText } from './sheet';

const STAGES = { checking: 'Đang kiểm tra từng dòng', comparing: 'Đang đối chiếu với dữ liệu hiện có' };
const PROGRESS_EVERY = 50;
/** The audit trail keeps an import under the records it writes (organisational: values kept). */
const AUDIT_ENTITY: Readonly<Record<ListType, string>> = { 'admin-units': 'admin_units', 'unit-flags': 'admin_units', 'unit-mappings': 'admin_units', branches: 'branches', members: 'members' };
const PREVIEW_ERROR_ROWS = 500;
const PREVIEW_GOOD_ROWS = 100;

/** Refuses a mapping that lacks a required column or feeds two columns from one. */
export function checkMapping(spec: ListSpec, mapping: ColumnMapping): ColumnMapping {
  const clean: ColumnMapping = Object.fromEntries(spec.columns.map((column) => [column.key, mapping[column.key] ?? null]));
  const missing = spec.columns.filter((column) => column.required && clean[column.key] === null).map((column) => column.label);
  for (const group of spec.requiredOneOf ?? []) if (group.keys.every((key) => clean[key] === null)) missing.unshift(group.label);
  if (missing.length > 0) {
    const names = missing.join(', ');
    throw new AppError('VALIDATION', `Tệp thiếu cột bắt buộc: ${names}. Hãy chọn cột tương ứng trong tệp, hoặc bổ sung cột vào tệp rồi nhập lại.`);
  }
  const used = Object.values(clean).filter((index): index is number => index !== null);
  if (new Set(used).size !== used.length) throw new AppError('VALIDATION', 'Một cột trong tệp đang được ghép cho hai cột khác nhau. Mỗi cột chỉ ghép một lần.');
  return clean;
}

/** Every row in exactly one count: skipped and duplicate rows as the importer says, other rows with errors rejected. */
export function countsOf(outcome: Pick<ImportOutcome, 'rowErrors' | 'duplicates' | 'skipped'>): ImportCounts {
  const counts: ImportCounts = { good: 0, rejected: 0, duplicate: 0, skipped: 0 };
  outcome.rowErrors.forEach((errors, index) => {
    if (outcome.skipped?.has(index)) counts.skipped += 1;
    else if (outcome.duplicates?.has(index)) counts.duplicate += 1;
    else if (errors.length > 0) counts.rejected += 1;
    else counts.good += 1;
  });
  return counts;
}

function preview(session: ImportSession, spec: ListSpec, checked: { checkId: string; mapping: ColumnMapping }, outcome: ImportOutcome): ImportPreview {
  const { mapping } = checked;
  const invalid = outcome.rowErrors.filter((errors) => errors.length > 0).length;
  const rows = session.dataRows.map((row, index) => ({
    rowNumber: row.rowNumber,
    values: spec.columns.map((column) => cellText(row.cells[mapping[column.key] ?? -1])),
    parsed: outcome.parsed?.rows.get(index) ?? [],
    errors: outcome.rowErrors[index] ?? [],
  }));
  const blocked = spec.policy === 'all-or-nothing' && invalid > 0;
  return {
    importId: session.id,
    checkId: checked.checkId,
    total: rows.length,
    valid: rows.length - invalid,
    invalid,
    counts: countsOf(outcome),
    summary: outcome.summary,
    parsedColumns: outcome.parsed?.columns ?? [],
    rows: [...rows.filter((row) => row.errors.length > 0).slice(0, PREVIEW_ERROR_ROWS), ...rows.filter((row) => row.errors.length === 0).slice(0, PREVIEW_GOOD_ROWS)],
    canCommit: !blocked && rows.length - invalid > 0,
    blocked: blocked ? `Danh mục phải đúng toàn bộ mới nhập được: hãy sửa ${invalid} dòng lỗi trong tệp rồi nhập lại. Chưa có gì được ghi.` : null,
  };
}

export interface ValidateRequest {
  importId: string;
  mapping: ColumnMapping;
  options: Record<string, string>;
}

/** Checks the request before the job starts (a wrong mapping or option is answered at once). */
export function prepareValidation(context: HandlerContext, importerOf: (type: ListType) => ListImporter, request: ValidateRequest) {
  const session = importStoreOf(context).get(request.importId, context.session?.accountId ?? null, context.now().getTime());
  const importer = importerOf(session.listType);
  const mapping = checkMapping(importer.spec, request.mapping);
  const run = importer.start(mapping, request.options, context);
  // From now on only this check may be committed, even while it runs.
  const checkId = context.newId();
  session.checkId = checkId;
  session.validated = undefined;
  return { session, importer, mapping, run, options: request.options, checkId };
}

/** Job: validates every row with progress, then the rows together and against the database. */
export async function validateImport(job: JobContext, prepared: ReturnType<typeof prepareValidation>): Promise<ImportPreview> {
  const { session, importer, mapping, run, options, checkId } = prepared;
  const total = session.dataRows.length;
  for (const [index, row] of session.dataRows.entries()) {
    if (index % PROGRESS_EVERY === 0) {
      job.report(index, total, STAGES.checking);
      await job.checkpoint();
    }
    run.addRow(row);
  }
  job.report(total, total, STAGES.comparing);
  await job.checkpoint();
  const outcome = run.finish();
  const valid = outcome.rowErrors.filter((errors) => errors.length === 0).length;
  // A check started after this one has the last word, whichever finishes first.
  if (session.checkId === checkId) session.validated = { checkId, mapping, options, rowErrors: outcome.rowErrors, valid };
  return preview(session, importer.spec, { checkId, mapping }, outcome);
}

export const STALE_CHECK_MESSAGE =
  'Kết quả kiểm tra đã thay đổi từ lúc bạn xem (dữ liệu đang hoặc vừa được kiểm tra lại). Hãy xem lại kết quả mới nhất rồi bấm Nhập. Chưa có gì được ghi.';

/**
 * The result of the session's latest check, if it is the check the user saw (and it finished);
 * else a CONFLICT: a re-check started since, whether it is still running, finished or stopped.
 */
function checkSeen(session: ImportSession, checkId: string): NonNullable<ImportSession['validated']> {
  if (session.checkId === undefined) throw new AppError('CONFLICT', 'Hãy kiểm tra dữ liệu trước khi nhập.');
  const validated = session.validated;
  if (!validated || validated.checkId !== checkId) throw new AppError('CONFLICT', STALE_CHECK_MESSAGE);
  return validated;
}

/** Writes the good rows of the check the user saw in one transaction (re-checked inside it), or nothing. */
export function commitImport(context: HandlerContext, importerOf: (type: ListType) => ListImporter, request: { importId: string; checkId: string }): ImportCommitResult {
  const store = importStoreOf(context);
  const session = store.get(request.importId, context.session?.accountId ?? null, context.now().getTime());
  const validated = checkSeen(session, request.checkId);
  const importer = importerOf(session.listType);
  const result = context.transaction(() => {
    const run = importer.start(validated.mapping, validated.options, context);
    session.dataRows.forEach((row) => run.addRow(row));
    const outcome = run.finish();
    const invalid = outcome.rowErrors.filter((errors) => errors.length > 0).length;
    if (session.dataRows.length - invalid !== validated.valid) {
      throw new AppError('CONFLICT', 'Dữ liệu đã thay đổi từ lúc kiểm tra. Hãy bấm "Kiểm tra dữ liệu" lại trước khi nhập. Chưa có gì được ghi.');
    }
    if (importer.spec.policy === 'all-or-nothing' && invalid > 0) throw new AppError('CONFLICT', 'Danh mục còn dòng lỗi nên không nhập được. Chưa có gì được ghi.');
    const applied = outcome.apply();
    writeSetting(context.db, session.layoutKey, validated.mapping, context.now().toISOString());
    const entity = AUDIT_ENTITY[session.listType];
    const facts = { listType: importer.spec.title, fileName: session.fileName, rows: session.dataRows.length, written: applied.written, rejected: invalid };
    context.audit.record({ action: 'import', entity, recordId: session.id, detail: describeChange(entity, undefined, facts), ...actor(context) });
    return applied;
  });
  store.remove(session.id);
  context.files.release(session.fileToken);
  for (const change of result.changed) context.changed(change.entity, change.ids);
  return { written: result.written, summary: result.summary };
}

export function discardImport(context: HandlerContext, importId: string): void {
  const store = importStoreOf(context);
  const session = store.get(importId, context.session?.accountId ?? null, context.now().getTime());
  store.remove(session.id);
  context.files.release(session.fileToken);
}
