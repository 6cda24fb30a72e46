import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../helpers/core';
import type { CorpusMember } from './corpus';
import { loadScaleData, plannedSql, queryPlan, SCALE_DAY, SCALE_NOW, type ScaleData } from './scale-setup';
import { searchTerms } from '../../../electron/core/members/member-keys';
import { branchWithDescendants } from '../../../electron/core/members/member-list';
import { tallyCountSql } from '../../../db/repositories/member-tallies';
import { walkPageSql } from '../../../db/repositories/members-list';
import { sql } from 'drizzle-orm';

/**
 * 100,000 generated members (issue 6, "Done when"): search, a filtered page and a sorted page
 * come back as a plain reading of the data says, and every list query is planned on indexes.
 */

const COUNT = 100_000;
let t: TestCore;
let data: ScaleData;

beforeAll(async () => {
  t = await createTestCore({ now: SCALE_NOW });
  data = await loadScaleData(t, COUNT);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

interface Expected {
  filter(member: CorpusMember, index: number): boolean;
  order?: 'ten-first' | 'ho-first';
}

const activeOn = (member: CorpusMember, day: string) => member.values.joinedOn <= day && (member.values.leftOn === null || member.values.leftOn > day);
const matchesWords = (member: CorpusMember, query: string) => searchTerms(query).every((term) => member.keys.words.some((word) => word.startsWith(term)));

/** The answer read off the generated data: matching ids in list order. */
function expected({ filter, order = 'ten-first' }: Expected): string[] {
  const key = (member: CorpusMember) => (order === 'ten-first' ? member.keys.sortTen : member.keys.sortHo);
  return data.corpus
    .map((member, index) => ({ member, id: data.ids[index] ?? '', index }))
    .filter(({ member, index }) => activeOn(member, SCALE_DAY) && filter(member, index))
    .sort((a, b) => (key(a.member) < key(b.member) ? -1 : key(a.member) > key(b.member) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id }) => id);
}

describe(`${COUNT.toLocaleString('en')} members`, () => {
  it('search: words in any order, each a prefix, without accents, over name, phone and card number', async () => {
    for (const query of ['tran thi thuc', 'Thục Trần', 'nguyen van uoc', 'dang duc', 'Đặng Đức', 'giap thi h', 'BG-000123', '0912 34']) {
      const want = expected({ filter: (member) => matchesWords(member, query) });
      const got = await t.value('members.list', { query, limit: 50 });
      expect(got.totalIsCapped, query).toBe(false);
      expect(got.total, query).toBe(want.length);
      expect(got.items.map((item) => item.id), query).toEqual(want.slice(0, 50));
    }
    const forward = await t.value('members.list', { query: 'nguyen an' });
    const reversed = await t.value('members.list', { query: 'An Nguyễn' });
    expect(reversed).toEqual(forward);
    const want = expected({ filter: (member) => matchesWords(member, 'nguyen an') });
    expect(forward.items.map((item) => item.id)).toEqual(want.slice(0, 50));
    expect([forward.total, forward.totalIsCapped]).toEqual([want.length, false]);
    const broad = await t.value('members.list', { query: 'ng', offset: 950 });
    const wantBroad = expected({ filter: (member) => matchesWords(member, 'ng') });
    expect(wantBroad.length).toBeGreaterThan(20_000);
    expect([broad.total, broad.totalIsCapped]).toEqual([1000, true]);
    expect(broad.items.map((item) => item.id)).toEqual(wantBroad.slice(950, 1000));
  });

  it('a filtered page: a branch with its sub-branches, gender, ethnicity, joined in a period', async () => {
    const subtree = new Set([data.branches.communes[0], data.branches.schools[0]]);
    const filter = { branchId: data.branches.communes[0], gender: 'nu', joinedFrom: '2015-01-01', joinedTo: '2020-12-31', limit: 50 } as const;
    const want = expected({ filter: (m) => subtree.has(m.values.branchId) && m.values.gender === 'nu' && m.values.joinedOn >= '2015-01-01' && m.values.joinedOn <= '2020-12-31' });
    const got = await t.value('members.list', filter);
    expect(got.total).toBe(want.length);
    expect(got.items.map((item) => item.id)).toEqual(want.slice(0, 50));
    const tay = await t.value('members.list', { ethnicity: '02', unitCode: '220', offset: 100 });
    const wantTay = expected({ filter: (m) => m.values.ethnicity === '02' && ['07621', '07624', '07627'].includes(m.values.unitCode ?? '') });
    expect(tay.total).toBe(wantTay.length);
    expect(tay.items.map((item) => item.id)).toEqual(wantTay.slice(100, 150));
  });

  it('a sorted page deep in the list, in both orders', async () => {
    for (const order of ['ten-first', 'ho-first'] as const) {
      const want = expected({ filter: () => true, order });
      const got = await t.value('members.list', { order, offset: 40_000, limit: 50 });
      expect(got.total).toBe(want.length);
      expect(got.items.map((item) => item.id)).toEqual(want.slice(40_000, 40_050));
    }
  });

  it('scrolling on resumes after the last row read: the same rows as reading at the offset, on an index range', async () => {
    const district = { branchId: data.branches.district, order: 'ho-first' as const };
    const inDistrict = new Set(branchWithDescendants(data.context.db, data.branches.district));
    const cases = [
      { input: { order: 'ten-first' as const }, want: expected({ filter: () => true }) },
      { input: district, want: expected({ filter: (member) => inDistrict.has(member.values.branchId), order: 'ho-first' }) },
    ];
    for (const { input, want } of cases) {
      await t.value('members.list', { ...input, limit: 50 });
      for (const offset of [30_000, 30_050, 30_100, 30_137, 30_187]) {
        const got = await t.value('members.list', { ...input, offset, limit: 50 });
        expect(got.items.map((item) => item.id), `${JSON.stringify(input)} at ${offset}`).toEqual(want.slice(offset, offset + 50));
      }
    }
    const anchored = walkPageSql([sql`m.deleted_at IS NULL`], 'ho-first', { key: 'nguyen', id: 'm0000001' }, { limit: 50, offset: 37 });
    expect(queryPlan(data.context, anchored).join(' | ')).toMatch(/^SEARCH m USING (COVERING )?INDEX members_live_ho_idx \(deleted_at=\? AND \(sort_ho,id\)>\(\?,\?\)\)/);
  });

  it('plans the list, filter and search queries on indexes, never a full scan of the members table', () => {
    const inputs = [
      {},
      { order: 'ho-first' as const, offset: 50_000 },
      { branchId: data.branches.communes[0], gender: 'nu' as const },
      { ethnicity: '02' as const, unitCode: '220' },
      { joinedFrom: '2024-01-01', joinedTo: '2024-12-31' },
      { query: 'tran thi thuc' },
      { query: 'nguyen an' },
      { query: '0912 34' },
      { status: 'deleted' as const },
    ];
    for (const input of inputs) {
      const { count, page } = plannedSql(data.context, input);
      for (const plan of [queryPlan(data.context, count), queryPlan(data.context, page)]) {
        const label = `${JSON.stringify(input)}: ${plan.join(' | ')}`;
        expect(plan.some((step) => /^SCAN m$/.test(step) || /^SCAN members$/.test(step)), label).toBe(false);
        expect(plan.some((step) => /^(SEARCH|SCAN) m USING (COVERING )?INDEX/.test(step) || /^SEARCH m USING INTEGER PRIMARY KEY/.test(step)), label).toBe(true);
      }
    }
  });

  it('counts the whole register and a district from the tallies, reading members on indexes only', () => {
    for (const branchIds of [undefined, branchWithDescendants(data.context.db, data.branches.district)]) {
      for (const statement of Object.values(tallyCountSql(SCALE_DAY, branchIds))) {
        const plan = queryPlan(data.context, statement);
        // The tallies hold a row per branch: reading them whole is fine; the members table never.
        expect(plan.every((step) => /member_branch_tallies/.test(step) || /^SEARCH m USING (COVERING )?INDEX/.test(step)), plan.join(' | ')).toBe(true);
      }
    }
  });
});
