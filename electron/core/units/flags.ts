import { deleteFlag, flagById, flagsValidAt, insertFlag, listFlags, overlappingFlags, updateFlag, type FlagQuery } from '../../../db/repositories/admin-unit-flags';
import { versionsOverlapping } from '../../../db/repositories/admin-unit-versions';
import type { AdminUnitFlag } from '../../../db/schema';
import type { AppDb } from '../../../db/types';
import { AppError, ERROR_MESSAGES } from '../../../shared/errors';
import { formatDate, searchKey } from '../../../shared/format';
import { DIFFICULT_FLAG_KINDS, UNIT_FLAG_LABELS } from '../../../shared/schemas/organization-kinds';
import type { FlagDto, FlagValues } from '../../../shared/schemas/units';
import { actor } from '../accounts/account-dto';
import { describeChange } from '../audit/changes';
import type { HandlerContext } from '../types';
import { FACTS_OF_BRANCHES, UNITS_AUDIT_ENTITY, UNITS_ENTITY, unitNameAt } from './unit-dto';

export function toFlagDto(db: AppDb, flag: AdminUnitFlag): FlagDto {
  return {
    id: flag.id,
    unitCode: flag.unitCode,
    unitName: unitNameAt(db, flag.unitCode, flag.validFrom),
    kind: flag.kind,
    validFrom: flag.validFrom,
    validTo: flag.validTo,
    decision: flag.decision,
    updatedAt: flag.updatedAt,
  };
}

export function flagDtos(db: AppDb, query: FlagQuery & { query?: string | undefined }): FlagDto[] {
  const dtos = listFlags(db, query).map((flag) => toFlagDto(db, flag));
  const key = searchKey(query.query ?? '');
  if (key === '') return dtos;
  return dtos.filter((dto) => searchKey(`${dto.unitCode} ${dto.unitName} ${dto.decision}`).includes(key));
}

/** The flags that make `code` an especially difficult commune on `isoDate` (empty when none). */
export function difficultFlagsAt(db: AppDb, code: string, isoDate: string): AdminUnitFlag[] {
  return flagsValidAt(db, [code], isoDate).filter((flag) => DIFFICULT_FLAG_KINDS.includes(flag.kind));
}

function period(from: string, to: string | null): string {
  return to ? `${formatDate(from)} – ${formatDate(to)}` : `từ ${formatDate(from)}`;
}

/** The problems of a flag, as field issues; empty when it may be saved. */
export function flagProblems(db: AppDb, flag: FlagValues, exceptId?: string): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (flag.validTo !== null && flag.validTo < flag.validFrom) {
    problems.push({ path: 'validTo', message: 'Đến ngày phải sau hoặc bằng Từ ngày.' });
    return problems;
  }
  const communes = versionsOverlapping(db, flag.unitCode, flag.validFrom, flag.validTo).filter((unit) => unit.level === 'commune');
  if (communes.length === 0) {
    problems.push({ path: 'unitCode', message: `Mã ${flag.unitCode} không phải là xã, phường, thị trấn nào trong thời gian ${period(flag.validFrom, flag.validTo)}.` });
  }
  const clash = overlappingFlags(db, flag, exceptId)[0];
  if (clash) {
    const what = UNIT_FLAG_LABELS[flag.kind];
    problems.push({ path: 'validFrom', message: `Xã này đã được ghi là ${what} trong thời gian ${period(clash.validFrom, clash.validTo)} (${clash.decision}); hai thời gian không được chồng nhau.` });
  }
  return problems;
}

/** Adds or changes a flag, with its audit row, in one transaction. */
export function saveFlag(context: HandlerContext, input: FlagValues & { id?: string | undefined }): FlagDto {
  const now = context.now().toISOString();
  const { id, ...values } = input;
  const saved = context.transaction(() => {
    const before = id ? flagById(context.db, id) : undefined;
    if (id && !before) throw new AppError('NOT_FOUND');
    const problems = flagProblems(context.db, values, id);
    if (problems.length > 0) throw new AppError('VALIDATION', problems[0]?.message ?? ERROR_MESSAGES.VALIDATION, problems);
    const row = before
      ? updateFlag(context.db, before.id, { ...values, updatedAt: now })
      : insertFlag(context.db, { id: context.newId(), ...values, createdAt: now, updatedAt: now });
    const detail = describeChange(UNITS_AUDIT_ENTITY, before, { ...values });
    context.audit.record({ action: 'write', entity: UNITS_AUDIT_ENTITY, recordId: row.id, detail, ...actor(context) });
    return row;
  });
  context.changed(UNITS_ENTITY, [saved.id]);
  context.changed(FACTS_OF_BRANCHES, []);
  return toFlagDto(context.db, saved);
}

export function removeFlag(context: HandlerContext, id: string): { id: string; deleted: true } {
  context.transaction(() => {
    const before = flagById(context.db, id);
    if (!before) throw new AppError('NOT_FOUND');
    deleteFlag(context.db, id);
    const { unitCode, kind, validFrom, validTo, decision } = before;
    const detail = describeChange(UNITS_AUDIT_ENTITY, { unitCode, kind, validFrom, validTo, decision }, { unitCode: null, kind: null, validFrom: null, validTo: null, decision: null });
    context.audit.record({ action: 'delete', entity: UNITS_AUDIT_ENTITY, recordId: id, detail, ...actor(context) });
  });
  context.changed(UNITS_ENTITY, [id]);
  context.changed(FACTS_OF_BRANCHES, []);
  return { id, deleted: true };
}
