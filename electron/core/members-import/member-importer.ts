import { insertMember } from '../../../db/repositories/members';
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
import { branchLookup, planMembers, type RowPlan } from './member-plan';
import { isTotalsRow, readMemberRow, type MemberRow } from './member-row';

/** Summary labels; the wizard and the tests read the counts by these labels. */
export const MEMBER_SUMMARY = {
  good: 'Hội viên mới sẽ nhập',
  duplicate: 'Dòng trùng (không nhập)',
  rejected: 'Dòng lỗi',
  totals: 'Dòng tổng cộng (bỏ qua)',
  unknownBranch: 'Chi hội chưa có: ',
} as const;
export const TOTALS_MESSAGE = 'Dòng tổng cộng ở cuối bảng: không phải hội viên, được bỏ qua.';

function writeMembers(context: HandlerContext, good: readonly MemberValues[]): ApplyOutcome {
  const now = context.now().toISOString();
  const ids: string[] = [];
  const branchIds = new Set<string>();
  for (const values of good) {
    const { row, words } = storedFields(context, values);
    const member = insertMember(context.db, { id: context.newId(), ...row, createdAt: now, updatedAt: now }, words);
    const detail = describeChange(MEMBERS_ENTITY, undefined, auditFields(member));
    context.audit.record({ action: 'write', entity: MEMBERS_ENTITY, recordId: member.id, detail, ...actor(context) });
    ids.push(member.id);
    branchIds.add(member.branchId);
  }
  return {
    written: ids.length,
    summary: [{ label: 'Hội viên đã nhập', count: ids.length }],
    changed: [
      { entity: MEMBERS_ENTITY, ids },
      { entity: BRANCHES_ENTITY, ids: [...branchIds] },
    ],
  };
}

function summaryOf(plans: readonly RowPlan[], readErrors: number, totals: number, unknown: ReadonlyMap<string, { name: string; rows: number }>): SummaryLine[] {
  const count = (kind: RowPlan['kind']) => plans.filter((plan) => plan.kind === kind).length;
  return [
    { label: MEMBER_SUMMARY.good, count: count('good') },
    { label: MEMBER_SUMMARY.duplicate, count: count('duplicate') },
    { label: MEMBER_SUMMARY.rejected, count: readErrors + count('rejected') },
    { label: MEMBER_SUMMARY.totals, count: totals },
    ...[...unknown.values()].map((item) => ({ label: `${MEMBER_SUMMARY.unknownBranch}${item.name}`, count: item.rows })),
  ];
}

/**
 * Members in the generic pipeline. Its own run (not `defineImporter`) because it must see the
 * whole sheet row to recognise a totals row, and report duplicates apart from errors.
 */
export const memberImporter: ListImporter = {
  spec: MEMBERS_LIST_SPEC,
  start(mapping, rawOptions, context) {
    const rowErrors: string[][] = [];
    const parsed: { index: number; rowNumber: number; value: MemberRow }[] = [];
    let totals = 0;
    return {
      addRow(row: SheetRow) {
        const index = rowErrors.length;
        if (isTotalsRow(row)) {
          totals += 1;
          rowErrors.push([TOTALS_MESSAGE]);
          return;
        }
        const read = rowReader(MEMBERS_LIST_SPEC, mapping, row);
        const value = readMemberRow(read);
        rowErrors.push([...read.errors]);
        if (value !== null && read.errors.length === 0) parsed.push({ index, rowNumber: row.rowNumber, value });
      },
      finish(): ImportOutcome {
        const readErrors = rowErrors.filter((errors) => errors.length > 0).length - totals;
        const lookup = branchLookup(context, rawOptions);
        const plans = planMembers(context, parsed, lookup);
        const good: MemberValues[] = [];
        plans.forEach((plan, at) => {
          const errors = rowErrors[parsed[at]?.index ?? -1];
          if (plan.kind === 'good') good.push(plan.values);
          else errors?.push(...(plan.kind === 'rejected' ? plan.errors : [plan.message]));
        });
        return { rowErrors, summary: summaryOf(plans, readErrors, totals, lookup.unknown), apply: () => writeMembers(context, good) };
      },
    };
  },
};
