import { branchById } from '../../../db/repositories/branches';
import { deletePosition, insertPosition, positionById, positionsHeldOn, positionsOfMember, updatePosition, type PositionRow } from '../../../db/repositories/member-positions';
import { AppError } from '../../../shared/errors';
import { POSITIONS, type PositionDto } from '../../../shared/schemas/member-activity';
import { actor } from '../accounts/account-dto';
import type { HandlerContext } from '../types';
import { MEMBERS_ENTITY, refuseProblems, requireMember, withoutKeys } from './member-facts';

export const POSITIONS_ENTITY = 'member_positions';

export interface PositionInput {
  id?: string | undefined;
  memberId: string;
  position: PositionDto['position'];
  title: string;
  branchId: string;
  fromDate: string;
  toDate: string | null;
  notes: string;
}

function toDto(row: PositionRow): PositionDto {
  return withoutKeys(row, ['createdAt', 'updatedAt']);
}

function requirePosition(context: HandlerContext, id: string): PositionRow {
  const row = positionById(context.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy chức vụ này; có thể nó vừa bị xóa.');
  return row;
}

/** Records a position and its term, or changes the one with `id`. */
export function savePosition(context: HandlerContext, input: PositionInput): PositionDto {
  const now = context.now().toISOString();
  const { id: givenId, ...values } = input;
  const id = givenId ?? context.newId();
  context.transaction(() => {
    const member = requireMember(context, values.memberId);
    if (member.deletedAt !== null) throw new AppError('CONFLICT', `Hồ sơ "${member.fullName}" đã bị xóa. Hãy khôi phục trước.`);
    if (!branchById(context.db, values.branchId)) refuseProblems([{ path: 'branchId', message: 'Tổ chức Hội đã chọn không còn trong danh sách. Hãy chọn lại.' }]);
    if (givenId) {
      const before = requirePosition(context, givenId);
      if (before.memberId !== values.memberId) throw new AppError('CONFLICT', 'Chức vụ này thuộc hồ sơ hội viên khác.');
      updatePosition(context.db, givenId, { ...values, updatedAt: now });
    } else {
      insertPosition(context.db, { id, ...values, createdAt: now, updatedAt: now });
    }
    const detail = { fields: Object.keys(values).filter((field) => field !== 'memberId').sort() };
    context.audit.record({ action: 'write', entity: POSITIONS_ENTITY, recordId: id, detail, ...actor(context) });
  });
  context.changed(MEMBERS_ENTITY, [values.memberId]);
  return toDto(requirePosition(context, id));
}

export function removePosition(context: HandlerContext, id: string): { id: string; deleted: true } {
  const memberId = context.transaction(() => {
    const before = requirePosition(context, id);
    deletePosition(context.db, id);
    context.audit.record({ action: 'delete', entity: POSITIONS_ENTITY, recordId: id, detail: { fields: ['position'] }, ...actor(context) });
    return before.memberId;
  });
  context.changed(MEMBERS_ENTITY, [memberId]);
  return { id, deleted: true };
}

export function memberPositions(context: HandlerContext, memberId: string): PositionDto[] {
  requireMember(context, memberId);
  return positionsOfMember(context.db, memberId).map(toDto);
}

const RANK = new Map<string, number>(POSITIONS.map((position, index) => [position, index]));

/** Who held which position on `day`: by position rank, then branch, then name. */
export function leadershipOn(context: HandlerContext, day: string, branchId?: string): PositionDto[] {
  const rows = positionsHeldOn(context.db, day, branchId);
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => (RANK.get(a.row.position) ?? 99) - (RANK.get(b.row.position) ?? 99) || a.order - b.order)
    .map(({ row }) => toDto(row));
}
