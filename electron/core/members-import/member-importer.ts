import { insertMembers } from '../../../db/repositories/members-bulk';
import type { ColumnMapping } from '../../../shared/schemas/lists';
import { MEMBERS_LIST_SPEC } from '../../../shared/schemas/member-list-spec';
import type { MemberValues } from '../../../shared/schemas/members';
import { actor } from '../accounts/account-dto';
import { describeChange } from '../audit/changes';
import { BRANCHES_ENTITY } from '../branches/branch-facts';
import type { ApplyOutcome, ImportOutcome, ListImporter, SummaryLine } from '../lists/importer';
import { rowReader } from '../lists/row-reader';
import type { SheetRow } from '../lists/sheet';
import { auditFields, MEMBERS_ENTITY, storedFields } from '../members/member-facts';
import type { HandlerContext } from '../types';
import { branchLookup, planMembers, type BranchLookup } from './member-plan';
import { isTotalsRow, readMemberRow, type MemberRow } from './member-row';
import { createNewBranches, type NewBranch } from './new-branches';

/** Summary labels of the preview ("what would change"); the counts of rows (skipped totals rows too) are in `counts`. */
export const MEMBER_SUMMARY = {
  good: 'Hội viên mới sẽ nhập',
  unknownBranch: 'Chi hội chưa có: ',
  newBranch: 'Chi hội sẽ tạo mới: ',
  /** The note of an unknown name whose new branch was refused: "Không tạo được chi hội mới: ngày thành lập …". */
  notCreated: 'Không tạo được chi hội mới: ',
} as const;
export const TOTALS_MESSAGE = 'Dòng tổng cộng ở cuối bảng: không phải hội viên, được bỏ qua.';
const NAME_COLUMNS = ['Họ', 'Đệm', 'Tên'];

/** Creates the branches the members need, then the members in bulk, each audited as a new member. */
function writeMembers(context: HandlerContext, good: readonly MemberValues[], created: ReadonlyMap<string, NewBranch>): ApplyOutcome {
  const used = new Set(good.map((values) => values.branchId));
  const newIds = createNewBranches(context, [...created.values()].filter((branch) => used.has(branch.id)));
  const now = context.now().toISOString();
  // Every branch in `used` was found or created in this transaction: no lookup per member.
  const rows = good.map((values) => {
    const { row, words } = storedFields(context, values, used);
    return { row: { id: context.newId(), ...row, createdAt: now, updatedAt: now }, words };
  });
  const saved = insertMembers(context.db, rows);
  const byId = new Map(saved.map((member) => [member.id, member]));
  const ids = rows.map((item) => item.row.id);
  context.audit.recordMany(
    ids.map((id) => ({ action: 'write', entity: MEMBERS_ENTITY, recordId: id, detail: describeChange(MEMBERS_ENTITY, undefined, auditFields(byId.get(id))), ...actor(context) })),
  );
  return {
    written: ids.length,
    summary: [{ label: 'Hội viên đã nhập', count: ids.length }, ...(newIds.length > 0 ? [{ label: 'Chi hội đã tạo mới', count: newIds.length }] : [])],
    changed: [
      { entity: MEMBERS_ENTITY, ids },
      { entity: BRANCHES_ENTITY, ids: [...used] },
    ],
  };
}

function summaryOf(good: readonly MemberValues[], lookup: BranchLookup): SummaryLine[] {
  const rowsOf = (id: string) => good.filter((values) => values.branchId === id).length;
  const created = [...lookup.created.values()].map((branch) => ({ label: `${MEMBER_SUMMARY.newBranch}${branch.name}`, count: rowsOf(branch.id), countOf: 'hội viên' }));
  return [
    { label: MEMBER_SUMMARY.good, count: good.length },
    ...created.filter((line) => line.count > 0),
    ...[...lookup.unknown.values()].map((item) => ({
      label: `${MEMBER_SUMMARY.unknownBranch}${item.name}`,
      count: item.rows,
      countOf: 'dòng',
      ...(item.problem ? { note: `${MEMBER_SUMMARY.notCreated}${item.problem}` } : {}),
    })),
  ];
}

interface ReadRows {
  rowErrors: string[][];
  parsed: { index: number; rowNumber: number; value: MemberRow }[];
  names: Map<number, string[]>;
  skipped: Set<number>;
}

function addMemberRow(state: ReadRows, mapping: ColumnMapping, row: SheetRow): void {
  const index = state.rowErrors.length;
  if (isTotalsRow(row)) {
    state.skipped.add(index);
    state.rowErrors.push([TOTALS_MESSAGE]);
    return;
  }
  const read = rowReader(MEMBERS_LIST_SPEC, mapping, row);
  const { value, name } = readMemberRow(read);
  state.rowErrors.push([...read.errors]);
  if (name.ten !== '' || name.ho !== '') state.names.set(index, [name.ho, name.dem, name.ten]);
  if (value !== null && read.errors.length === 0) state.parsed.push({ index, rowNumber: row.rowNumber, value });
}

/**
 * Members in the generic pipeline. Its own run (not `defineImporter`) because it must see the
 * whole sheet row to recognise a totals row, report duplicates apart from errors, show the name
 * as split, and create the branches the user asked for.
 */
export const memberImporter: ListImporter = {
  spec: MEMBERS_LIST_SPEC,
  start(mapping, rawOptions, context) {
    const state: ReadRows = { rowErrors: [], parsed: [], names: new Map(), skipped: new Set() };
    return {
      addRow: (row: SheetRow) => addMemberRow(state, mapping, row),
      finish(): ImportOutcome {
        const lookup = branchLookup(context, rawOptions);
        const plans = planMembers(context, state.parsed, lookup);
        const good: MemberValues[] = [];
        const duplicates = new Set<number>();
        plans.forEach((plan, at) => {
          const index = state.parsed[at]?.index ?? -1;
          if (plan.kind === 'good') good.push(plan.values);
          else state.rowErrors[index]?.push(...(plan.kind === 'rejected' ? plan.errors : [plan.message]));
          if (plan.kind === 'duplicate') duplicates.add(index);
        });
        return {
          rowErrors: state.rowErrors,
          summary: summaryOf(good, lookup),
          duplicates,
          skipped: state.skipped,
          parsed: { columns: NAME_COLUMNS, rows: state.names },
          apply: () => writeMembers(context, good, lookup.created),
        };
      },
    };
  },
};
