import type { HandlersOf } from '../types';
import { arrearsOf, collectDues, duesSheetOf, duesTotalsOf, memberDues, removeDues, saveDues, unpaidOf } from './dues';
import { memberFigures } from './figures';
import { requireMember, toMemberDto, today } from './member-facts';
import { listMembers, memberSummary } from './member-list';
import { createMember, duplicatesOf, editMember, purgeDeletedMember, restoreMember, softDeleteMember } from './member-service';
import { leadershipOn, memberPositions, removePosition, savePosition } from './positions';

type MembersMethod =
  | 'members.list'
  | 'members.get'
  | 'members.create'
  | 'members.update'
  | 'members.duplicates'
  | 'members.delete'
  | 'members.restore'
  | 'members.purge'
  | 'members.summary'
  | 'members.positions.list'
  | 'members.positions.save'
  | 'members.positions.delete'
  | 'members.leadership'
  | 'members.dues.list'
  | 'members.dues.save'
  | 'members.dues.delete'
  | 'members.dues.sheet'
  | 'members.dues.unpaid'
  | 'members.dues.collect'
  | 'members.dues.arrears'
  | 'members.dues.totals'
  | 'members.figures';

export const membersHandlers: HandlersOf<MembersMethod> = {
  'members.list': (input, context) => listMembers(context, input),
  'members.get': (input, context) => toMemberDto(context, requireMember(context, input.id)),
  'members.create': (input, context) => createMember(context, input),
  'members.update': (input, context) => {
    const { id, ...values } = input;
    return editMember(context, id, values);
  },
  'members.duplicates': (input, context) => duplicatesOf(context, input),
  'members.delete': (input, context) => softDeleteMember(context, input.id),
  'members.restore': (input, context) => restoreMember(context, input.id),
  'members.purge': (input, context) => purgeDeletedMember(context, input.id),
  'members.summary': (_input, context) => memberSummary(context),
  'members.positions.list': (input, context) => memberPositions(context, input.memberId),
  'members.positions.save': (input, context) => savePosition(context, input),
  'members.positions.delete': (input, context) => removePosition(context, input.id),
  'members.leadership': (input, context) => leadershipOn(context, input.date, input.branchId),
  'members.dues.list': (input, context) => memberDues(context, input.memberId),
  'members.dues.save': (input, context) => saveDues(context, input),
  'members.dues.delete': (input, context) => removeDues(context, input.id),
  'members.dues.sheet': (input, context) => duesSheetOf(context, input),
  'members.dues.unpaid': (input, context) => unpaidOf(context, input),
  'members.dues.collect': (input, context) => collectDues(context, input),
  'members.dues.arrears': (input, context) => arrearsOf(context, input),
  'members.dues.totals': (input, context) => duesTotalsOf(context, input.year),
  'members.figures': (input, context) => memberFigures(context.db, input.from, input.to, input.asOf ?? today(context)),
};
