import { z } from 'zod';
import { unitByCodeAt } from '../../../db/repositories/admin-units';
import { insertMapping, mappingOf, updateMapping } from '../../../db/repositories/admin-unit-mappings';
import type { AdminUnitMapping } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import { formatDate } from '../../../shared/format';
import { optionalText } from '../../../shared/schemas/common';
import { optionalDateText } from '../../../shared/schemas/form-dates';
import { LIST_SPECS } from '../../../shared/schemas/list-specs';
import { actor } from '../accounts/account-dto';
import { describeChange } from '../audit/changes';
import { addError, defineImporter, type ParsedRow } from '../lists/importer';
import { parseOptions } from '../lists/options';
import type { RowReader } from '../lists/row-reader';
import { nameMismatch } from './flag-import';
import { dayBefore, FACTS_OF_BRANCHES, UNITS_AUDIT_ENTITY, UNITS_ENTITY } from './unit-dto';

const optionsSchema = z.object({
  validFrom: optionalDateText('Ngày hiệu lực'),
  decision: optionalText('Văn bản căn cứ', 200),
  decisionDate: optionalDateText('Ngày ban hành văn bản'),
});
type Options = z.output<typeof optionsSchema>;

interface MappingRow {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  validFrom: string;
  decision: string;
  decisionDate: string | null;
}

function readMappingRow(read: RowReader, options: Options): MappingRow | null {
  const oldCode = read.code('oldCode', { required: true, width: 5 });
  const oldName = read.text('oldName', { max: 100 });
  const newCode = read.code('newCode', { required: true, width: 5 });
  const newName = read.text('newName', { max: 100 });
  const validFrom = read.date('validFrom') ?? options.validFrom;
  const decision = read.text('decision', { max: 200 }) || options.decision;
  const decisionDate = read.date('decisionDate') ?? options.decisionDate;
  if (!validFrom) read.fail('Thiếu Ngày hiệu lực: ghi trong tệp hoặc ở phần thông tin chung.');
  if (decision === '') read.fail('Thiếu Quyết định: ghi trong tệp hoặc ở phần thông tin chung.');
  if (oldCode !== null && oldCode === newCode) read.fail('Mã xã mới trùng mã xã cũ.');
  if (read.errors.length > 0 || !oldCode || !newCode || !validFrom) return null;
  return { oldCode, oldName, newCode, newName, validFrom, decision, decisionDate };
}

function rowProblems(db: AppDb, row: MappingRow): string[] {
  const lastOldDay = dayBefore(row.validFrom);
  const problems: string[] = [];
  if (!unitByCodeAt(db, row.oldCode, lastOldDay)) problems.push(`Mã xã cũ ${row.oldCode} không có trong danh mục ngày ${formatDate(lastOldDay)} (ngày trước ngày hiệu lực).`);
  const newUnit = unitByCodeAt(db, row.newCode, row.validFrom);
  if (!newUnit) {
    problems.push(`Mã xã mới ${row.newCode} không có trong danh mục ngày ${formatDate(row.validFrom)}. Hãy nhập danh mục đơn vị mới trước, rồi nhập bảng chuyển đổi.`);
  }
  const oldName = nameMismatch(db, row.oldCode, row.oldName, lastOldDay, lastOldDay);
  const newName = newUnit ? nameMismatch(db, row.newCode, row.newName, row.validFrom, row.validFrom) : null;
  return [...problems, ...[oldName, newName].filter((message): message is string => message !== null)];
}

interface MappingPlan {
  add: MappingRow[];
  change: { before: AdminUnitMapping; row: MappingRow }[];
}

function fields(row: MappingRow | AdminUnitMapping) {
  return { oldCode: row.oldCode, newCode: row.newCode, validFrom: row.validFrom, decision: row.decision, decisionDate: row.decisionDate };
}

function planMappings(db: AppDb, rows: readonly ParsedRow<MappingRow>[]) {
  const errors = new Map<number, string[]>();
  const plan: MappingPlan = { add: [], change: [] };
  const seen = new Map<string, number>();
  let unchanged = 0;
  for (const { index, rowNumber, value } of rows) {
    const key = `${value.oldCode}|${value.validFrom}`;
    const earlier = seen.get(key);
    const problems = earlier === undefined ? rowProblems(db, value) : [`Mã xã cũ ${value.oldCode} đã được chuyển ở dòng ${earlier}: mỗi xã cũ chỉ chuyển vào một xã mới.`];
    problems.forEach((message) => addError(errors, index, message));
    if (problems.length > 0) continue;
    seen.set(key, rowNumber);
    const before = mappingOf(db, value.oldCode, value.validFrom);
    if (!before) plan.add.push(value);
    else if (JSON.stringify(fields(before)) === JSON.stringify(fields(value))) unchanged += 1;
    else plan.change.push({ before, row: value });
  }
  return { errors, plan, summary: summaryOf(plan, unchanged) };
}

function summaryOf(plan: MappingPlan, unchanged: number) {
  return [
    { label: 'Liên kết xã cũ → xã mới được thêm', count: plan.add.length },
    { label: 'Liên kết được sửa', count: plan.change.length },
    { label: 'Đã có, không thay đổi', count: unchanged },
  ];
}

export const mappingImporter = defineImporter<Options, MappingRow, MappingPlan>({
  spec: LIST_SPECS['unit-mappings'],
  options: (raw) => parseOptions(optionsSchema, raw),
  parseRow: (read, options) => readMappingRow(read, options),
  plan: (rows, _options, context) => planMappings(context.db, rows),
  apply(plan, _options, context) {
    const now = context.now().toISOString();
    const ids: string[] = [];
    const audit = (id: string, before: AdminUnitMapping | undefined, row: MappingRow) => {
      context.audit.record({ action: 'write', entity: UNITS_AUDIT_ENTITY, recordId: id, detail: describeChange(UNITS_AUDIT_ENTITY, before ? fields(before) : undefined, fields(row)), ...actor(context) });
      ids.push(id);
    };
    for (const row of plan.add) audit(insertMapping(context.db, { id: context.newId(), ...fields(row), createdAt: now, updatedAt: now }).id, undefined, row);
    for (const { before, row } of plan.change) audit(updateMapping(context.db, before.id, { ...fields(row), updatedAt: now }).id, before, row);
    return { written: ids.length, summary: summaryOf(plan, 0).slice(0, 2), changed: [{ entity: UNITS_ENTITY, ids }, { entity: FACTS_OF_BRANCHES, ids: [] }] };
  },
});
