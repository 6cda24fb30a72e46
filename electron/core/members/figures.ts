import { countActiveOn } from '../../../db/repositories/members';
import { newMembersByBranch, newMembersByEthnicity, newMembersByGender, newMembersByUnit } from '../../../db/repositories/members-figures';
import type { AppDb } from '../../../db/types';
import { ethnicityName } from '../../../shared/data/ethnicities';
import type { MemberFigures } from '../../../shared/schemas/member-activity';

/**
 * New members in a period (joined between `from` and `to`, inclusive) by branch, unit, gender
 * and ethnicity, and the members active on `asOf`. Deleted records are never counted.
 */
export function memberFigures(db: AppDb, from: string, to: string, asOf: string): MemberFigures {
  const byBranch = newMembersByBranch(db, from, to);
  return {
    from,
    to,
    asOf,
    newMembers: {
      total: byBranch.reduce((sum, row) => sum + row.count, 0),
      byBranch,
      byUnit: newMembersByUnit(db, from, to).map((row) => ({ ...row, unitName: row.unitCode === null ? 'Chưa ghi đơn vị' : row.unitName })),
      byGender: newMembersByGender(db, from, to),
      byEthnicity: newMembersByEthnicity(db, from, to).map((row) => ({ ...row, name: row.ethnicity === null ? 'Chưa ghi dân tộc' : ethnicityName(row.ethnicity) })),
    },
    activeAt: countActiveOn(db, asOf),
  };
}
