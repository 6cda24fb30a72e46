import { formatDate, parseDateVi, searchKey } from '../../../../shared/format';
import { branchOptionKey, decodeBranchChoice, encodeBranchChoice } from '../../../../shared/schemas/member-list-spec';
import type { BranchKind } from '../../../../shared/schemas/organization-kinds';
import { membersExcelText as text } from './strings';

/** What the user has chosen so far for one unknown branch name, as the form holds it. */
export interface BranchChoiceForm {
  mode: 'map' | 'create';
  branchId: string | null;
  parentId: string | null;
  kind: BranchKind | null;
  /** Ngày thành lập as typed, dd/mm/yyyy. */
  founded: string;
}

export const optionKeyOf = (name: string) => branchOptionKey(searchKey(name));

/** The form for a name, from the option value sent with the last check. */
export function formOf(value: string | undefined): BranchChoiceForm {
  const choice = decodeBranchChoice(value);
  if (choice?.kind === 'new') return { mode: 'create', branchId: null, parentId: choice.parentId, kind: choice.branchKind, founded: formatDate(choice.foundedOn) };
  return { mode: 'map', branchId: choice?.branchId ?? null, parentId: null, kind: null, founded: '' };
}

export interface FormProblems {
  parentId?: string;
  kind?: string;
  founded?: string;
}

/** The options of the next check from every name's form, or each form's problems (then nothing is sent). */
export function optionsOf(names: readonly { name: string }[], forms: Readonly<Record<string, BranchChoiceForm>>, options: Readonly<Record<string, string>>) {
  const next = { ...options };
  const problems: Record<string, FormProblems> = {};
  for (const { name } of names) {
    const outcome = optionOf(forms[name] ?? formOf(undefined));
    if ('value' in outcome) next[optionKeyOf(name)] = outcome.value;
    else problems[name] = outcome.problems;
  }
  return { options: next, problems };
}

/** The option value for a form, or what is missing (the core checks the branch rules again). */
export function optionOf(form: BranchChoiceForm): { value: string } | { problems: FormProblems } {
  if (form.mode === 'map') return { value: form.branchId ?? '' };
  const problems: FormProblems = {};
  if (!form.parentId) problems.parentId = text.needParent;
  if (!form.kind) problems.kind = text.needKind;
  const parsed = parseDateVi(form.founded);
  if (!parsed.ok) problems.founded = parsed.message;
  else if (parsed.precision !== 'day') problems.founded = 'Hãy ghi đủ ngày, tháng, năm theo dạng dd/mm/yyyy.';
  if (Object.keys(problems).length > 0 || !form.parentId || !form.kind || !parsed.ok) return { problems };
  return { value: encodeBranchChoice({ kind: 'new', branchKind: form.kind, foundedOn: parsed.iso, parentId: form.parentId }) };
}
