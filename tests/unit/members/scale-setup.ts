import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { countSql, pageSql, pageWithTotalSql, type MemberQuery } from '../../../db/repositories/members-list';
import { memberQueryOf, planList } from '../../../electron/core/members/member-list';
import type { HandlerContext } from '../../../electron/core/types';
import type { MemberListInput, ParsedMemberFilter } from '../../../shared/schemas/member-lists';
import type { TestCore } from '../../helpers/core';
import { createBranch } from '../branches/support';
import { bulkInsertMembers } from './bulk-insert';
import { generateMembers, type CorpusMember } from './corpus';

/** The 100,000-member data set shared by the scale test and the benchmark. */

export const SCALE_NOW = '2025-05-10T03:00:00.000Z';
export const SCALE_DAY = '2025-05-10';
export const UNIT_CODES = ['07621', '07624', '07627', '07201', '07204', '07207'];

export interface ScaleData {
  context: HandlerContext;
  corpus: CorpusMember[];
  ids: string[];
  branches: { district: string; communes: string[]; schools: string[]; club: string };
}

async function branchTree(t: TestCore) {
  const district = await createBranch(t, { name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2005-03-01', foundingDecisionDate: null });
  const communes: string[] = [];
  const schools: string[] = [];
  for (const [index, code] of ['07621', '07624', '07627'].entries()) {
    const commune = await createBranch(t, { name: `Hội Bảo vệ quyền trẻ em xã số ${index + 1}`, parentId: district, unitCode: code, foundedOn: '2006-01-01', foundingDecisionDate: null });
    communes.push(commune);
    schools.push(await createBranch(t, { name: `Chi hội Trường học số ${index + 1}`, kind: 'chi_hoi_truong_hoc', parentId: commune, unitCode: code, foundedOn: '2006-01-01', foundingDecisionDate: null }));
  }
  const club = await createBranch(t, { name: 'CLB Nhà báo bảo vệ quyền trẻ em', kind: 'cau_lac_bo', unitCode: '24', foundedOn: '2006-04-10', foundingDecisionDate: null });
  return { district, communes, schools, club };
}

/** Branches through the core, then `count` generated members straight into its database. */
export async function loadScaleData(t: TestCore, count: number, seed = 20_240_601): Promise<ScaleData> {
  const branches = await branchTree(t);
  const branchIds = [branches.district, ...branches.communes, ...branches.schools, branches.club];
  const context = t.core.contextFor({ method: 'members.list', session: null, scope: null });
  const corpus = generateMembers(count, seed, branchIds, UNIT_CODES);
  const ids = bulkInsertMembers(context.sqlite, corpus, (index) => `m${String(index).padStart(7, '0')}`, SCALE_NOW);
  return { context, corpus, ids, branches };
}

/** The SQL the core runs for a list input: the count and the page. */
export function plannedSql(context: HandlerContext, input: MemberListInput): { count: SQL; page: SQL; query: MemberQuery } {
  const filter = { status: 'active', includeSubBranches: true, ...input } as ParsedMemberFilter & { order?: MemberQuery['order'] };
  const query = memberQueryOf(context.db, filter, SCALE_DAY);
  const plan = planList(context.db, query);
  const range = { limit: input.limit ?? 50, offset: input.offset ?? 0 };
  const page = plan.total === null ? pageWithTotalSql(plan.conditions, query.order, range, plan.index) : pageSql(plan.conditions, query.order, range, plan.walk, plan.index);
  return { count: countSql(plan.conditions, plan.index), page, query };
}

/** EXPLAIN QUERY PLAN details of a statement. */
export function queryPlan(context: HandlerContext, statement: SQL): string[] {
  return context.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${statement}`).map((row) => row.detail);
}
