import { z } from 'zod';
import {
  arrearsInput,
  arrearsOutput,
  duesCollectInput,
  duesCollectOutput,
  duesDto,
  duesFields,
  duesSheetInput,
  duesSheetOutput,
  duesUnpaidInput,
  duesUnpaidOutput,
  duesTotalsOutput,
  duesYear,
  leadershipInput,
  memberFiguresInput,
  memberFiguresOutput,
  positionDto,
  positionFields,
} from '../schemas/member-activity';
import { duplicateInput, duplicateMatch, memberListInput, memberListOutput, memberSummary } from '../schemas/member-lists';
import { memberDeleted, memberDto, memberFields, memberRef, memberUpdate } from '../schemas/members';
import { emptyInput, recordId } from '../schemas/common';
import { deleted } from '../schemas/lists';
import { command, query } from './define';

export const membersContract = {
  /** A page of the filtered list in Vietnamese order; search and filters run in SQL over stored keys. */
  'members.list': query(memberListInput, memberListOutput),
  'members.get': query(memberRef, memberDto),
  'members.create': command(memberFields, memberDto),
  'members.update': command(memberUpdate, memberDto),
  /** Records that look like the one being typed (a warning before saving, never a refusal). */
  'members.duplicates': query(duplicateInput, z.array(duplicateMatch)),
  /** Soft delete: the record leaves the lists and can be restored (undo). */
  'members.delete': command(memberRef, memberDeleted),
  'members.restore': command(memberRef, memberDto),
  /** Hard delete of a soft-deleted record, with its positions and dues (Quản trị only). */
  'members.purge': command(memberRef, deleted),
  /** Active members and new members this year (the home screen). */
  'members.summary': query(emptyInput, memberSummary),
  'members.positions.list': query(z.object({ memberId: recordId }), z.array(positionDto)),
  'members.positions.save': command(positionFields, positionDto),
  'members.positions.delete': command(z.object({ id: recordId }), deleted),
  /** Who held which position on a date (the conference reports). */
  'members.leadership': query(leadershipInput, z.array(positionDto)),
  'members.dues.list': query(z.object({ memberId: recordId }), z.array(duesDto)),
  'members.dues.save': command(duesFields, duesDto),
  'members.dues.delete': command(z.object({ id: recordId }), deleted),
  /** The grid "collect dues for a branch for a year": the branch's members active that year. */
  'members.dues.sheet': query(duesSheetInput, duesSheetOutput),
  /** "Chọn tất cả chưa nộp" in that grid: the ids of its members who have not paid the year. */
  'members.dues.unpaid': query(duesUnpaidInput, duesUnpaidOutput),
  'members.dues.collect': command(duesCollectInput, duesCollectOutput),
  /** Members active in the year who have not paid it. */
  'members.dues.arrears': query(arrearsInput, arrearsOutput),
  'members.dues.totals': query(z.object({ year: duesYear }), duesTotalsOutput),
  /** New members in a period by branch, unit, gender and ethnicity; active members on a date. */
  'members.figures': query(memberFiguresInput, memberFiguresOutput),
};
