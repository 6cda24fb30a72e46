import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEMBER_TALLY_TRIGGERS } from '../../../db/member-tally-triggers';
import { activeCountsByBranch } from '../../../db/repositories/member-tallies';
import { createTestCore, type TestCore } from '../../helpers/core';
import { mulberry32, pick } from '../shared/format/prng';
import { createBranch } from '../branches/support';
import { bulkInsertMembers } from './bulk-insert';
import { generateMembers } from './corpus';

/**
 * The per-branch tallies (db/member-tally-triggers.ts) stay equal to a plain count of live members
 * through every kind of write, and the members list's totals taken from them equal a plain count
 * of the matches on any day (before joining, between, after leaving), for every branch filter,
 * and so do the branch tree's counts per branch.
 */

let t: TestCore;
let sqlite: Database.Database;
let branches: { district: string; commune: string; school: string; club: string };
const NOW = '2025-05-10T03:00:00.000Z';

beforeEach(async () => {
  t = await createTestCore({ now: NOW });
  const district = await createBranch(t, { name: 'Hội huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2005-03-01', foundingDecisionDate: null });
  const commune = await createBranch(t, { name: 'Hội xã An Lạc', parentId: district, unitCode: '07621', foundedOn: '2006-01-01', foundingDecisionDate: null });
  const school = await createBranch(t, { name: 'Chi hội Trường An Lạc', kind: 'chi_hoi_truong_hoc', parentId: commune, unitCode: '07621', foundedOn: '2006-01-01', foundingDecisionDate: null });
  const club = await createBranch(t, { name: 'CLB Nhà báo', kind: 'cau_lac_bo', unitCode: '24', foundedOn: '2006-04-10', foundingDecisionDate: null });
  branches = { district, commune, school, club };
  sqlite = t.core.contextFor({ method: 'members.list', session: null, scope: null }).sqlite;
});

afterEach(async () => {
  await t.close();
});

const tallies = () => sqlite.prepare('SELECT branch_id AS branchId, live FROM member_branch_tallies WHERE live <> 0 ORDER BY branch_id').all();
const plainCounts = () =>
  sqlite.prepare('SELECT branch_id AS branchId, count(*) AS live FROM members WHERE deleted_at IS NULL GROUP BY branch_id ORDER BY branch_id').all();

/** One random write of the kinds the app makes (and a few it does not), straight in SQL. */
function randomWrite(random: () => number, ids: readonly string[]): void {
  const id = pick(random, ids);
  const branch = pick(random, Object.values(branches));
  const statements: [string, unknown[]][] = [
    ['UPDATE members SET deleted_at = ? WHERE id = ?', [NOW, id]],
    ['UPDATE members SET deleted_at = NULL WHERE id = ?', [id]],
    ['UPDATE members SET branch_id = ? WHERE id = ?', [branch, id]],
    ['UPDATE members SET branch_id = ?, deleted_at = NULL WHERE id = ?', [branch, id]],
    ["UPDATE members SET notes = 'ghi chú', full_name = full_name WHERE id = ?", [id]],
    ['DELETE FROM members WHERE id = ?', [id]],
  ];
  const [text, values] = pick(random, statements);
  sqlite.prepare(text).run(...values);
}

describe('member_branch_tallies', () => {
  it('equals the plain count of live members per branch after 600 random writes', () => {
    const corpus = generateMembers(400, 7, Object.values(branches), ['07621', '07624']);
    const ids = bulkInsertMembers(sqlite, corpus, (index) => `t${index}`, NOW);
    expect(tallies()).toEqual(plainCounts());
    const random = mulberry32(99);
    for (let round = 0; round < 600; round += 1) {
      randomWrite(random, ids);
      if (round % 100 === 99) expect(tallies(), `after ${round + 1} writes`).toEqual(plainCounts());
    }
    expect(tallies()).toEqual(plainCounts());
    expect(plainCounts().length).toBeGreaterThan(1);
  });

  it('are installed by the migrations, with the tallies rebuilt from the rows already there', () => {
    const triggers = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'members' ORDER BY name").all();
    expect(triggers).toEqual([...MEMBER_TALLY_TRIGGERS].sort().map((name) => ({ name })));
  });
});

describe('list totals taken from the tallies', () => {
  const DAYS = ['2005-01-01', '2019-06-30', '2022-01-01', '2024-06-15', '2025-05-10', '2031-01-01'];

  function plainActive(day: string, branchIds: readonly string[] | null): number {
    const inBranches = branchIds ? `AND branch_id IN (${branchIds.map(() => '?').join(', ')})` : '';
    const statement = sqlite.prepare(`SELECT count(*) AS n FROM members WHERE deleted_at IS NULL AND joined_on <= ? AND (left_on IS NULL OR left_on > ?) ${inBranches}`);
    return (statement.get(day, day, ...(branchIds ?? [])) as { n: number }).n;
  }

  it('equal a plain count for every day and branch filter, after deletions and moves, per branch too', async () => {
    const corpus = generateMembers(600, 11, Object.values(branches), ['07621']);
    const ids = bulkInsertMembers(sqlite, corpus, (index) => `l${index}`, NOW);
    const random = mulberry32(5);
    for (let round = 0; round < 150; round += 1) randomWrite(random, ids);
    const { district, commune, school, club } = branches;
    const filters: { branchId?: string; includeSubBranches?: boolean; want: string[] | null }[] = [
      { want: null },
      { branchId: district, want: [district, commune, school] },
      { branchId: district, includeSubBranches: false, want: [district] },
      { branchId: commune, want: [commune, school] },
      { branchId: club, want: [club] },
    ];
    for (const day of DAYS) {
      for (const { want, ...filter } of filters) {
        const active = await t.value('members.list', { ...filter, asOf: day, limit: 5 });
        expect(active.total, `${day} ${JSON.stringify(filter)}`).toBe(plainActive(day, want));
      }
    }
    for (const day of DAYS) {
      const plain = sqlite
        .prepare('SELECT branch_id, count(*) AS n FROM members WHERE deleted_at IS NULL AND joined_on <= ? AND (left_on IS NULL OR left_on > ?) GROUP BY branch_id')
        .all(day, day) as { branch_id: string; n: number }[];
      expect(activeCountsByBranch(t.core.contextFor({ method: 'members.list', session: null, scope: null }).db, day), day).toEqual(new Map(plain.map((row) => [row.branch_id, row.n])));
    }
    const all = await t.value('members.list', { status: 'all', branchId: commune, limit: 5 });
    expect(all.total).toBe((sqlite.prepare('SELECT count(*) AS n FROM members WHERE deleted_at IS NULL AND branch_id IN (?, ?)').get(commune, school) as { n: number }).n);
  });
});
