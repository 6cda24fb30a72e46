import { createTestCore } from '/work/main/tests/helpers/core';
import { loadScaleData, plannedSql, queryPlan, SCALE_NOW } from '/work/main/tests/unit/members/scale-setup';
const t = await createTestCore({ now: SCALE_NOW });
const data = await loadScaleData(t, 100_000);
const cases: [string, object][] = [['joined2024', { joinedFrom: '2024-01-01', joinedTo: '2024-12-31' }], ['tay+unit', { ethnicity: '02', unitCode: '220' }], ['district', { branchId: data.branches.district }], ['all', {}], ['branch+nu', { branchId: data.branches.communes[0], gender: 'nu' }], ['q an nguyen', { query: 'an nguyen' }], ['q le thi hoa', { query: 'le thi hoa' }], ['q nguyen+branch', { query: 'nguyen', branchId: data.branches.schools[0] }], ['ho off50k', { order: 'ho-first', offset: 50000 }]];
for (const [label, input] of cases) {
  const { count, page } = plannedSql(data.context, input as never);
  process.stdout.write(`${label}\n  count: ${queryPlan(data.context, count).join(' | ')}\n  page: ${queryPlan(data.context, page).join(' | ')}\n`);
}
await t.close();
