import { sql } from 'drizzle-orm';
import { createTestCore } from '/work/main/tests/helpers/core';
import { loadScaleData, plannedSql, SCALE_NOW } from '/work/main/tests/unit/members/scale-setup';
const t = await createTestCore({ now: SCALE_NOW });
const data = await loadScaleData(t, 100_000);
const db = data.context.db;

const time = (fn: () => unknown, n = 15) => { const ts: number[] = []; for (let i = 0; i < n; i++) { const a = performance.now(); fn(); ts.push(performance.now() - a); } ts.sort((a, b) => a - b); return `${ts[Math.floor(n / 2)]!.toFixed(2)}/${ts[n - 1]!.toFixed(2)}`; };
const cases: [string, object][] = [
  ['all', {}], ['ho off50k', { order: 'ho-first', offset: 50000 }], ['branch+nu', { branchId: data.branches.communes[0], gender: 'nu' }], ['district ho', { branchId: data.branches.district, order: 'ho-first' }],
  ['tay+unit', { ethnicity: '02', unitCode: '220' }], ['joined2024', { joinedFrom: '2024-01-01', joinedTo: '2024-12-31' }], ['ctv nu', { collaborator: true, gender: 'nu' }], ['left', { status: 'left' }], ['tnv off1000', { volunteer: true, offset: 1000 }],
  ['q nguyen van an', { query: 'nguyen van an' }], ['q le thi hoa', { query: 'le thi hoa' }], ['q an nguyen', { query: 'an nguyen' }], ['q thi', { query: 'thi' }], ['q dang duc', { query: 'dang duc' }], ['q nguyen+branch', { query: 'nguyen', branchId: data.branches.schools[0] }],
];
for (const [label, input] of cases) {
  const { count, page } = plannedSql(data.context, input as never);
  const full = time(() => t.value('members.list', input as never));
  process.stdout.write(`${label.padEnd(18)} count ${time(() => db.all(count))}  page ${time(() => db.all(page))}  plan ${time(() => plannedSql(data.context, input as never))}\n`);
  void full;
}
await t.close();
