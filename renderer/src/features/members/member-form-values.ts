import { formatDate } from '../../../../shared/format';
import { FORM_PATHS, type MemberDto, type MemberFormValues } from '../../../../shared/schemas/members';

/** The form's text state for a new record or an existing one (dates as dd/mm/yyyy). */
export type MemberFormState = MemberFormValues & { branchLabel: string; unitLabel: string };

export function emptyMemberForm(today: string, branch?: { id: string; label: string }): MemberFormState {
  return {
    fullName: '',
    surnameWords: '1',
    gender: '',
    birth: '',
    ethnicity: '01',
    phone: '',
    email: '',
    address: '',
    unitCode: '',
    branchId: branch?.id ?? '',
    joinedOn: formatDate(today),
    leftOn: '',
    leftReason: '',
    memberType: 'ca_nhan',
    occupation: '',
    isCollaborator: false,
    isVolunteer: false,
    cardNumber: '',
    cardIssuedOn: '',
    notes: '',
    branchLabel: branch?.label ?? '',
    unitLabel: '',
  };
}

const dateOrEmpty = (iso: string | null) => (iso ? formatDate(iso) : '');

export function memberFormOf(member: MemberDto): MemberFormState {
  return {
    fullName: member.fullName,
    surnameWords: member.ho.split(' ').length >= 2 ? '2' : '1',
    gender: member.gender ?? '',
    birth: member.birthDate ? (member.birthPrecision === 'year' ? member.birthDate.slice(0, 4) : formatDate(member.birthDate)) : '',
    ethnicity: member.ethnicity ?? '',
    phone: member.phone,
    email: member.email,
    address: member.address,
    unitCode: member.unitCode ?? '',
    branchId: member.branchId,
    joinedOn: formatDate(member.joinedOn),
    leftOn: dateOrEmpty(member.leftOn),
    leftReason: member.leftReason,
    memberType: member.memberType,
    occupation: member.occupation,
    isCollaborator: member.isCollaborator,
    isVolunteer: member.isVolunteer,
    cardNumber: member.cardNumber,
    cardIssuedOn: dateOrEmpty(member.cardIssuedOn),
    notes: member.notes,
    branchLabel: member.branchName,
    unitLabel: member.unitName,
  };
}

/** Field issues from the core, moved to the form's fields. */
export function formErrorsOf(issues: readonly { path: string; message: string }[]): Record<string, string> {
  return Object.fromEntries(issues.map((issue) => [FORM_PATHS[issue.path] ?? issue.path, issue.message]));
}
