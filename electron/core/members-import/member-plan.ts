import { allBranches } from '../../../db/repositories/branches';
import { duplicateKeysOfAll } from '../../../db/repositories/members-bulk';
import { searchKey } from '../../../shared/format';
import { branchOptionKey, decodeBranchChoice } from '../../../shared/schemas/member-list-spec';
import { memberCrossProblems, memberDateProblems, memberValues, type MemberValues } from '../../../shared/schemas/members';
import type { HandlerContext } from '../types';
import { today } from '../members/member-facts';
import { memberKeys } from '../members/member-keys';
import { duplicatesOf } from '../members/member-service';
import type { MemberRow } from './member-row';
import { planNewBranch, type NewBranch } from './new-branches';

/** What became of one parsed row: written, refused, or skipped as a duplicate. */
export type RowPlan = { kind: 'good'; values: MemberValues } | { kind: 'rejected'; errors: string[] } | { kind: 'duplicate'; message: string };

export interface UnknownBranch {
  name: string;
  rows: number;
  problem?: string;
}

export interface BranchLookup {
  /**
   * Folded names of the file that are not in the list (and not mapped): display name, row count,
   * and why the branch the user asked for could not be created, if they asked.
   */
  unknown: Map<string, UnknownBranch>;
  /** Branches to create for names of the file, by their planned id. */
  created: Map<string, NewBranch>;
  /** The branch id for a file's name, or the row's errors. */
  resolve(name: string): string | string[];
}

function branchesByName(context: HandlerContext): { byName: Map<string, string | null>; ids: Set<string> } {
  const byName = new Map<string, string | null>();
  const ids = new Set<string>();
  for (const branch of allBranches(context.db)) {
    const key = searchKey(branch.name);
    byName.set(key, byName.has(key) ? null : branch.id);
    ids.add(branch.id);
  }
  return { byName, ids };
}

/**
 * Resolves the file's branch names: the user's choice for a name (an existing branch, or a new
 * one), else the branch of that name; names left over are "unknown" for the wizard to ask about.
 */
export function branchLookup(context: HandlerContext, options: Readonly<Record<string, string>>): BranchLookup {
  const { byName, ids } = branchesByName(context);
  const unknown = new Map<string, UnknownBranch>();
  const planned = new Map<string, NewBranch | { error: string }>();
  const created = new Map<string, NewBranch>();
  const markUnknown = (key: string, name: string, problem?: string) => {
    const known = unknown.get(key);
    unknown.set(key, { name: known?.name ?? name, rows: (known?.rows ?? 0) + 1, ...(problem ? { problem } : {}) });
  };
  const resolve = (name: string): string | string[] => {
    const key = searchKey(name);
    const choice = decodeBranchChoice(options[branchOptionKey(key)]);
    if (choice?.kind === 'existing' && ids.has(choice.branchId)) return choice.branchId;
    const found = byName.get(key);
    if (found) return found;
    if (found === null) return [`Có nhiều chi hội tên "${name}": hãy ghép tên này với đúng một chi hội ở bước "Chi hội chưa có".`];
    if (choice?.kind === 'new') {
      const branch = planned.get(key) ?? planNewBranch(context, name, choice);
      planned.set(key, branch);
      if ('id' in branch) {
        created.set(branch.id, branch);
        return branch.id;
      }
      markUnknown(key, name, branch.error);
      return [`Không tạo được chi hội "${name}": ${branch.error}`];
    }
    markUnknown(key, name);
    return [`Chi hội "${name}" chưa có trong danh sách: hãy ghép với một chi hội có sẵn hoặc tạo chi hội mới, rồi kiểm tra lại.`];
  };
  return { unknown, created, resolve };
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

function describeMatch(match: ReturnType<typeof duplicatesOf>[number]): string {
  const born = match.birthDate ? (match.birthPrecision === 'year' ? match.birthDate.slice(0, 4) : dmy(match.birthDate)) : 'không rõ ngày sinh';
  const reasons = match.reasons.map((reason) => ({ name_birth_year: 'cùng họ tên và năm sinh', phone: 'cùng số điện thoại', card: 'cùng số thẻ' })[reason]);
  const deleted = match.deleted ? ', hồ sơ đã xóa' : '';
  return `Trùng với hội viên đã có ${match.fullName} (${born}, ${match.branchName}${deleted}): ${reasons.join(', ')}. Dòng này không nhập lại.`;
}

/** Same name key + birth year, same phone, same card: the keys the members register matches on. */
function fileKeys(values: MemberValues): { key: string; reason: string }[] {
  const keys = memberKeys(values);
  return [
    ...(keys.birthYear !== null ? [{ key: `n:${keys.nameKey}|${keys.birthYear}`, reason: 'cùng họ tên và năm sinh' }] : []),
    ...(keys.phoneKey !== '' ? [{ key: `p:${keys.phoneKey}`, reason: 'cùng số điện thoại' }] : []),
    ...(keys.cardKey !== '' ? [{ key: `c:${keys.cardKey}`, reason: 'cùng số thẻ' }] : []),
  ];
}

function validate(row: MemberRow, branchId: string, day: string): MemberValues | string[] {
  const parsed = memberValues.safeParse({ ...row, branchName: undefined, unitCode: null, branchId, leftOn: null, leftReason: '', isCollaborator: false, isVolunteer: false, cardIssuedOn: null });
  if (!parsed.success) return parsed.error.issues.map((issue) => issue.message);
  const problems = [...memberCrossProblems(parsed.data), ...memberDateProblems(parsed.data, day)];
  return problems.length > 0 ? problems.map((problem) => problem.message) : parsed.data;
}

/**
 * The keys of every member, read once: a row none of whose keys is among them cannot have a
 * duplicate in the register, so `duplicatesOf` (a query per row) runs only for the few that can.
 */
function registerKeys(context: HandlerContext): Set<string> {
  const keys = new Set<string>();
  for (const member of duplicateKeysOfAll(context.db)) {
    if (member.nameKey !== '' && member.birthYear !== null) keys.add(`n:${member.nameKey}|${member.birthYear}`);
    if (member.phoneKey !== '') keys.add(`p:${member.phoneKey}`);
    if (member.cardKey !== '') keys.add(`c:${member.cardKey}`);
  }
  return keys;
}

/** Plans every parsed row: branch, the member rules, then duplicates in the database and in the file. */
export function planMembers(context: HandlerContext, rows: readonly { rowNumber: number; value: MemberRow }[], lookup: BranchLookup): RowPlan[] {
  const day = today(context);
  const seen = new Map<string, number>();
  const inRegister = registerKeys(context);
  return rows.map(({ rowNumber, value }) => {
    const branch = lookup.resolve(value.branchName);
    if (Array.isArray(branch)) return { kind: 'rejected', errors: branch };
    const values = validate(value, branch, day);
    if (Array.isArray(values)) return { kind: 'rejected', errors: values };
    const keys = fileKeys(values);
    const earlier = keys.find((item) => seen.has(item.key));
    for (const item of keys) if (!seen.has(item.key)) seen.set(item.key, rowNumber);
    const existing = keys.some((item) => inRegister.has(item.key)) ? duplicatesOf(context, values)[0] : undefined;
    if (existing) return { kind: 'duplicate', message: describeMatch(existing) };
    if (earlier) return { kind: 'duplicate', message: `Trùng với dòng ${seen.get(earlier.key) ?? ''} của tệp: ${earlier.reason}. Dòng này không nhập.` };
    return { kind: 'good', values };
  });
}
