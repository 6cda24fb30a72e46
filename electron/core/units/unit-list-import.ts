import { z } from 'zod';
import { adminUnitKeys } from '../../../db/admin-unit-keys';
import { findOverlappingUnitVersions, unitsValidAt } from '../../../db/repositories/admin-units';
import { deleteUnitVersion, insertUnitVersion, updateUnitVersion, versionsOfCodes } from '../../../db/repositories/admin-unit-versions';
import type { AdminUnit } from '../../../db/schema';
import { AppError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import { dateText, optionalText } from '../../../shared/schemas/common';
import { LIST_SPECS } from '../../../shared/schemas/list-specs';
import { actor } from '../accounts/account-dto';
import { describeChange } from '../audit/changes';
import { defineImporter, type SummaryLine } from '../lists/importer';
import { parseOptions } from '../lists/options';
import type { HandlerContext } from '../types';
import { diffUnits, type FileUnit, type UnitChange, type UnitDiff } from './unit-diff';
import { dayBefore, FACTS_OF_BRANCHES, UNITS_AUDIT_ENTITY, UNITS_ENTITY } from './unit-dto';
import { unitsOfRows } from './unit-list-plan';
import { readUnitListRow, type UnitListRow } from './unit-list-rows';

const optionsSchema = z.object({
  effectiveDate: dateText('Ngày hiệu lực của danh mục'),
  decision: optionalText('Văn bản căn cứ', 200),
});
type Options = z.output<typeof optionsSchema>;

function summaryOf(diff: UnitDiff, date: string): SummaryLine[] {
  const count = (type: UnitChange['type']) => diff.changes.filter((change) => change.type === type).length;
  return [
    { label: 'Đơn vị mới', count: count('add') },
    { label: 'Đơn vị đổi tên, đổi loại hoặc đổi cấp trên (thêm phiên bản mới)', count: count('replace') },
    { label: `Đơn vị không còn trong danh mục (hết hiệu lực từ ngày ${formatDate(date)})`, count: count('close') },
    { label: 'Đơn vị không thay đổi', count: diff.unchanged },
  ];
}

function snapshot(unit: Pick<AdminUnit, 'code' | 'name' | 'kind' | 'level' | 'parentCode' | 'validFrom' | 'validTo' | 'decision'>) {
  const { code, name, kind, level, parentCode, validFrom, validTo, decision } = unit;
  return { code, name, kind, level, parentCode, validFrom, validTo, decision };
}

interface Writer {
  context: HandlerContext;
  now: string;
  date: string;
  decision: string | null;
  ids: string[];
}

function record(writer: Writer, action: string, id: string, before: AdminUnit | undefined, after: ReturnType<typeof snapshot> | Record<string, null>): void {
  const detail = describeChange(UNITS_AUDIT_ENTITY, before ? snapshot(before) : undefined, after);
  writer.context.audit.record({ action, entity: UNITS_AUDIT_ENTITY, recordId: id, detail, ...actor(writer.context) });
  writer.ids.push(id);
}

function insertVersion(writer: Writer, unit: FileUnit, validTo: string | null): void {
  const row = { ...unit, validFrom: writer.date, validTo, decision: writer.decision, ...adminUnitKeys(unit.name, unit.kind) };
  const saved = insertUnitVersion(writer.context.db, { id: writer.context.newId(), ...row, createdAt: writer.now, updatedAt: writer.now });
  record(writer, 'write', saved.id, undefined, snapshot(saved));
}

function applyChange(writer: Writer, change: UnitChange): void {
  const { db } = writer.context;
  if (change.type === 'add') return insertVersion(writer, change.unit, change.validTo);
  const { current } = change;
  if (current.validFrom === writer.date) {
    // The version began on the list's own date (an earlier import of it): correct it in place.
    if (change.type === 'close') {
      deleteUnitVersion(db, current.id);
      return record(writer, 'delete', current.id, current, { code: null, name: null, validFrom: null, validTo: null });
    }
    const patch = { ...change.unit, decision: writer.decision ?? current.decision, ...adminUnitKeys(change.unit.name, change.unit.kind), updatedAt: writer.now };
    return record(writer, 'write', current.id, current, snapshot(updateUnitVersion(db, current.id, patch)));
  }
  const closed = updateUnitVersion(db, current.id, { validTo: dayBefore(writer.date), decision: writer.decision ?? current.decision, updatedAt: writer.now });
  record(writer, 'write', current.id, current, snapshot(closed));
  if (change.type === 'replace') insertVersion(writer, change.unit, current.validTo);
}

const ORDER: Readonly<Record<UnitChange['type'], number>> = { close: 0, replace: 1, add: 2 };

export const unitListImporter = defineImporter<Options, UnitListRow, UnitDiff | null>({
  spec: LIST_SPECS['admin-units'],
  options: (raw) => parseOptions(optionsSchema, raw),
  parseRow: (read) => readUnitListRow(read),
  plan(rows, options, context) {
    const date = options.effectiveDate;
    const { errors, units } = unitsOfRows(context.db, rows, date);
    if (errors.size > 0 || rows.length === 0) return { errors, summary: [], plan: null };
    const versions = new Map<string, AdminUnit[]>();
    for (const version of versionsOfCodes(context.db, units.map((unit) => unit.code))) {
      versions.set(version.code, [...(versions.get(version.code) ?? []), version]);
    }
    const diff = diffUnits({ file: units, versions, validOnDate: unitsValidAt(context.db, date), date });
    return { errors, summary: summaryOf(diff, date), plan: diff };
  },
  apply(diff, options, context) {
    if (!diff) throw new AppError('CONFLICT', 'Danh mục còn dòng lỗi nên không nhập được. Chưa có gì được ghi.');
    const writer: Writer = { context, now: context.now().toISOString(), date: options.effectiveDate, decision: options.decision || null, ids: [] };
    const changes = [...diff.changes].sort((a, b) => ORDER[a.type] - ORDER[b.type]);
    for (const change of changes) applyChange(writer, change);
    if (findOverlappingUnitVersions(context.db).length > 0) {
      throw new AppError('CONFLICT', 'Danh mục này chồng lên các phiên bản đơn vị đã có. Hãy nhập các danh mục theo thứ tự thời gian. Chưa có gì được ghi.');
    }
    return { written: changes.length, summary: summaryOf(diff, options.effectiveDate), changed: [{ entity: UNITS_ENTITY, ids: writer.ids }, { entity: FACTS_OF_BRANCHES, ids: [] }] };
  },
});
