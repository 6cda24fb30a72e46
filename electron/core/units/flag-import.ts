import { bareUnitName } from '../../../db/admin-unit-keys';
import { listFlags, insertFlag } from '../../../db/repositories/admin-unit-flags';
import { versionsOverlapping } from '../../../db/repositories/admin-unit-versions';
import type { AppDb } from '../../../db/types';
import { searchKey } from '../../../shared/format';
import { LIST_SPECS } from '../../../shared/schemas/list-specs';
import type { UnitFlagKind } from '../../../shared/schemas/organization-kinds';
import type { FlagValues } from '../../../shared/schemas/units';
import { actor } from '../accounts/account-dto';
import { describeChange } from '../audit/changes';
import { addError, defineImporter, type ParsedRow } from '../lists/importer';
import type { RowReader } from '../lists/row-reader';
import { flagProblems } from './flags';
import { FACTS_OF_BRANCHES, UNITS_AUDIT_ENTITY, UNITS_ENTITY } from './unit-dto';

const KINDS: Readonly<Record<string, UnitFlagKind>> = {
  'khu vuc iii': 'khu_vuc_iii',
  'khu vuc 3': 'khu_vuc_iii',
  'kv iii': 'khu_vuc_iii',
  iii: 'khu_vuc_iii',
  '3': 'khu_vuc_iii',
  'xa khu vuc iii': 'khu_vuc_iii',
  'dac biet kho khan': 'dac_biet_kho_khan',
  'xa dac biet kho khan': 'dac_biet_kho_khan',
  dbkk: 'dac_biet_kho_khan',
};

function readFlagRow(read: RowReader): (FlagValues & { unitName: string }) | null {
  const unitCode = read.code('unitCode', { required: true, width: 5 });
  const unitName = read.text('unitName', { max: 100 });
  const kindText = read.text('kind');
  const kind = kindText === '' ? 'khu_vuc_iii' : KINDS[searchKey(kindText).replace(/[^a-z0-9]+/g, ' ').trim()];
  if (!kind) read.fail(`Loại "${kindText}" không hợp lệ: ghi "Khu vực III" hoặc "Đặc biệt khó khăn" (để trống là khu vực III).`);
  const validFrom = read.date('validFrom', { required: true });
  const validTo = read.date('validTo');
  const decision = read.text('decision', { required: true, max: 200 });
  if (read.errors.length > 0 || !unitCode || !kind || !validFrom) return null;
  return { unitCode, unitName, kind, validFrom, validTo, decision };
}

/** A name written next to a code must be that unit's name in the period (catches a wrong code). */
export function nameMismatch(db: AppDb, code: string, name: string, from: string, to: string | null): string | null {
  if (name === '') return null;
  const versions = versionsOverlapping(db, code, from, to);
  if (versions.length === 0) return null;
  const typed = searchKey(name);
  const matches = versions.some((unit) => typed === searchKey(unit.name) || typed === searchKey(bareUnitName(unit.name, unit.kind)));
  return matches ? null : `Mã ${code} là ${versions[0]?.name ?? ''}, không phải "${name}": hãy kiểm tra lại mã hoặc tên.`;
}

type FlagRow = FlagValues & { unitName: string };

function same(a: FlagValues, b: FlagValues): boolean {
  return a.unitCode === b.unitCode && a.kind === b.kind && a.validFrom === b.validFrom && a.validTo === b.validTo && a.decision === b.decision;
}

function overlaps(a: FlagValues, b: FlagValues): boolean {
  return a.unitCode === b.unitCode && a.kind === b.kind && a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');
}

function planFlags(db: AppDb, rows: readonly ParsedRow<FlagRow>[]) {
  const errors = new Map<number, string[]>();
  const accepted: ParsedRow<FlagRow>[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const { unitName, ...flag } = row.value;
    if (listFlags(db, { unitCode: flag.unitCode }).some((existing) => same(existing, flag))) {
      unchanged += 1;
      continue;
    }
    const earlier = accepted.find((other) => overlaps(other.value, flag));
    const problems = [
      ...flagProblems(db, flag).map((problem) => problem.message),
      ...(earlier ? [`Trùng thời gian với dòng ${earlier.rowNumber} của tệp.`] : []),
      ...[nameMismatch(db, flag.unitCode, unitName, flag.validFrom, flag.validTo)].filter((message): message is string => message !== null),
    ];
    problems.forEach((message) => addError(errors, row.index, message));
    if (problems.length === 0) accepted.push(row);
  }
  const summary = [
    { label: 'Xã được ghi thêm thời gian khó khăn', count: accepted.length },
    { label: 'Đã có, không thay đổi', count: unchanged },
  ];
  return { errors, summary, plan: accepted.map((row) => row.value) };
}

export const flagImporter = defineImporter<object, FlagRow, FlagRow[]>({
  spec: LIST_SPECS['unit-flags'],
  options: () => ({}),
  parseRow: (read) => readFlagRow(read),
  plan: (rows, _options, context) => planFlags(context.db, rows),
  apply(flags, _options, context) {
    const now = context.now().toISOString();
    const ids = flags.map(({ unitName: _name, ...flag }) => {
      const row = insertFlag(context.db, { id: context.newId(), ...flag, createdAt: now, updatedAt: now });
      const detail = describeChange(UNITS_AUDIT_ENTITY, undefined, { ...flag });
      context.audit.record({ action: 'write', entity: UNITS_AUDIT_ENTITY, recordId: row.id, detail, ...actor(context) });
      return row.id;
    });
    return { written: ids.length, summary: [{ label: 'Xã được ghi thêm thời gian khó khăn', count: ids.length }], changed: [{ entity: UNITS_ENTITY, ids }, { entity: FACTS_OF_BRANCHES, ids: [] }] };
  },
});
