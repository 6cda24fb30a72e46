import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DUES_SAVE_BATCH, saveInBatches, type DuesEntry } from '../../../renderer/src/features/members/dues-batches';
import { DUES_COLLECT_MAX } from '../../../shared/schemas/member-activity';
import { createTestCore, type TestCore } from '../../helpers/core';
import { createBranch } from '../branches/support';
import { bulkInsertMembers } from './bulk-insert';
import { generateMembers } from './corpus';

/**
 * A big district: 6,200 members in a district branch and its commune, more than the old limits
 * of the arrears list (500 rows) and of the dues grid (5,000 rows, 5,000 entries per save).
 */
const COUNT = 6_200;
const YEAR = 2024;

let t: TestCore;
let district: string;
let commune: string;

beforeAll(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z' });
  district = await createBranch(t, { name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2005-03-01', foundingDecisionDate: null });
  commune = await createBranch(t, { parentId: district, foundedOn: '2006-01-01', foundingDecisionDate: null });
  const context = t.core.contextFor({ method: 'members.list', session: null, scope: null });
  const corpus = generateMembers(COUNT, 7_001, [district, commune], ['07621', '07624']);
  bulkInsertMembers(context.sqlite, corpus, (index) => `m${String(index).padStart(7, '0')}`, '2025-01-01T00:00:00.000Z');
});

afterAll(async () => {
  await t?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The core's own connection (the one the handlers write through). */
const coreSqlite = () => t.core.contextFor({ method: 'members.list', session: null, scope: null }).sqlite;
const nameOf = (id: string) => String(t.query('SELECT full_name FROM members WHERE id = ?', id)[0]?.full_name);

/** The answer, written independently of the repository: members during YEAR without its dues, Vietnamese order. */
function expectedUnpaid(branchIds: readonly string[], year = YEAR): string[] {
  const marks = branchIds.map(() => '?').join(', ');
  return t
    .query(
      `SELECT id FROM members m WHERE deleted_at IS NULL AND branch_id IN (${marks}) AND joined_on <= '${year}-12-31' AND (left_on IS NULL OR left_on >= '${year}-01-01')
         AND id NOT IN (SELECT member_id FROM member_dues WHERE year = ${year}) ORDER BY sort_ten, id`,
      ...branchIds,
    )
    .map((row) => String(row.id));
}

async function allArrears(branchId: string, limit: number): Promise<{ total: number; ids: string[]; pages: number }> {
  const ids: string[] = [];
  let total = Infinity;
  let pages = 0;
  while (ids.length < total) {
    const page = await t.value('members.dues.arrears', { year: YEAR, branchId, offset: ids.length, limit });
    total = page.total;
    pages += 1;
    if (page.items.length === 0) break;
    ids.push(...page.items.map((item) => item.memberId));
  }
  return { total, ids, pages };
}

/** Like the renderer's client: a refusal throws with the core's Vietnamese message. */
const collect = (paidOn: string, year = YEAR) => async (batch: DuesEntry[]) => {
  const envelope = await t.call('members.dues.collect', { year, paidOn, entries: batch });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
};
const duesOf = (year: number) => new Set(t.query('SELECT member_id FROM member_dues WHERE year = ?', year).map((row) => String(row.member_id)));

describe('the arrears list of a big district', () => {
  it('pages through every member in arrears, past the first 500, in Vietnamese order without gaps or repeats', async () => {
    // Some members paid already: the arrears are not simply the members.
    const paid = expectedUnpaid([district, commune]).filter((_, index) => index % 7 === 0);
    await t.value('members.dues.collect', { year: YEAR, paidOn: '2024-03-01', entries: paid.map((memberId) => ({ memberId, amount: 50_000 })) });
    const expected = expectedUnpaid([district, commune]);
    expect(expected.length).toBeGreaterThan(5_000);

    const listed = await allArrears(district, 500);
    expect(listed.total).toBe(expected.length);
    expect(listed.pages).toBeGreaterThan(10);
    expect(listed.ids).toEqual(expected);
    const deep = await t.value('members.dues.arrears', { year: YEAR, branchId: district, offset: 4_950, limit: 50 });
    expect(deep.items.map((item) => item.memberId)).toEqual(expected.slice(4_950, 5_000));
    expect((await t.value('members.dues.arrears', { year: YEAR, branchId: commune, includeSubBranches: false, limit: 1 })).total).toBe(expectedUnpaid([commune]).length);
  });
});

describe('the dues grid of a big district', () => {
  it('pages past the old 5,000 rows, with the counts of the whole sheet', async () => {
    const sheet = await t.value('members.dues.sheet', { branchId: district, year: YEAR, offset: 0, limit: 50 });
    const unpaid = expectedUnpaid([district, commune]);
    expect(sheet.total).toBeGreaterThan(DUES_COLLECT_MAX);
    expect(sheet.unpaid).toBe(unpaid.length);
    const last = await t.value('members.dues.sheet', { branchId: district, year: YEAR, offset: sheet.total - 30, limit: 50 });
    expect(last.rows).toHaveLength(30);
    expect(last.total).toBe(sheet.total);
    const everyId = t.query(`SELECT id FROM members WHERE branch_id IN (?, ?) ORDER BY sort_ten, id`, district, commune).map((row) => String(row.id));
    expect(last.rows.map((row) => row.memberId)).toEqual(everyId.slice(-30));
    expect((await t.value('members.dues.unpaid', { branchId: district, year: YEAR })).memberIds).toEqual(unpaid);
  });

  it('refuses one call above the per-call limit, and saves more than 5,000 ticks in batches', async () => {
    const unpaid = (await t.value('members.dues.unpaid', { branchId: district, year: YEAR })).memberIds;
    const entries = unpaid.map((memberId) => ({ memberId, amount: 60_000 }));
    expect(entries.length).toBeGreaterThan(DUES_COLLECT_MAX);
    const before = t.count('member_dues');
    expect((await t.call('members.dues.collect', { year: YEAR, paidOn: '2025-01-15', entries })).ok).toBe(false);
    expect(t.count('member_dues')).toBe(before);

    const progress: number[] = [];
    const outcome = await saveInBatches(entries, collect('2025-01-15'), { onProgress: (done) => progress.push(done) });
    expect(outcome).toMatchObject({ saved: entries.length, alreadyPaid: 0, unsaved: [], error: null, stopped: false });
    const expected = [0];
    for (let done = DUES_SAVE_BATCH; done < entries.length; done += DUES_SAVE_BATCH) expected.push(done);
    expect(progress).toEqual([...expected, entries.length]);
    expect(t.count('member_dues')).toBe(before + entries.length);
    expect((await t.value('members.dues.sheet', { branchId: district, year: YEAR, limit: 1 })).unpaid).toBe(0);
    expect((await t.value('members.dues.arrears', { year: YEAR, branchId: district, limit: 1 })).total).toBe(0);
  });
});

describe('ticked members deleted or gone from the sheet meanwhile', () => {
  it('are skipped and named, and every batch goes through: nothing left that no tick could remove', async () => {
    const entries = expectedUnpaid([district, commune], 2023).map((memberId) => ({ memberId, amount: 40_000 }));
    expect(entries.length).toBeGreaterThan(DUES_COLLECT_MAX);
    const at = (index: number) => entries[index]?.memberId ?? '';
    const [purged, late, gone] = [at(1_500), at(2_500), at(DUES_COLLECT_MAX + 20)] as const;
    const [lateName, goneName] = [nameOf(late), nameOf(gone)];
    // A colleague deletes one member, purges another, and corrects a third's joining date to 2024.
    await t.value('members.delete', { id: gone });
    await t.value('members.delete', { id: purged });
    await t.value('members.purge', { id: purged });
    coreSqlite().prepare(`UPDATE members SET joined_on = '2024-02-01', left_on = NULL WHERE id = ?`).run(late);

    const outcome = await saveInBatches(entries, collect('2025-01-15', 2023));
    expect(outcome).toMatchObject({ saved: entries.length - 3, alreadyPaid: 0, unsaved: [], error: null, stopped: false });
    expect(outcome.skipped).toEqual([
      { memberId: purged, fullName: null, reason: 'deleted' },
      { memberId: late, fullName: lateName, reason: 'notDuringYear' },
      { memberId: gone, fullName: goneName, reason: 'deleted' },
    ]);
    // Their ticks go with the batch: the renderer forgets every id of a committed batch.
    expect(outcome.doneIds).toEqual(entries.map((entry) => entry.memberId));
    const paid = duesOf(2023);
    expect(paid.size).toBe(entries.length - 3);
    expect([purged, late, gone].some((id) => paid.has(id))).toBe(false);
  });
});

describe('a save that fails half-way', () => {
  it('keeps the committed batches, writes nothing of the failed one, and says which entries are left', async () => {
    const entries = expectedUnpaid([commune], 2021).slice(0, 30).map((memberId) => ({ memberId, amount: 40_000 }));
    // The second batch fails inside its transaction, after its dues rows were inserted.
    const recordMany = t.core.audit.recordMany.bind(t.core.audit);
    let batches = 0;
    vi.spyOn(t.core.audit, 'recordMany').mockImplementation((rows) => {
      batches += 1;
      if (batches === 2) throw new Error('disk I/O error');
      recordMany(rows);
    });
    const outcome = await saveInBatches(entries, collect('2025-01-15', 2021), { size: 10 });
    expect(outcome).toMatchObject({ saved: 10, doneIds: entries.slice(0, 10).map((entry) => entry.memberId), unsaved: entries.slice(10), stopped: false });
    expect(outcome.error).toEqual(expect.any(String));
    const paid = duesOf(2021);
    expect(paid.size).toBe(10);
    expect(outcome.unsaved.some((entry) => paid.has(entry.memberId))).toBe(false);

    // What was left is still there to save.
    vi.restoreAllMocks();
    expect(await saveInBatches(outcome.unsaved, collect('2025-01-15', 2021))).toMatchObject({ saved: 20, error: null });
    expect(duesOf(2021).size).toBe(30);
  });

  it('stops between two batches when asked, and keeps the rest unsaved', async () => {
    const entries = expectedUnpaid([commune], 2022).slice(0, 30).map((memberId) => ({ memberId, amount: 40_000 }));
    let batches = 0;
    const outcome = await saveInBatches(entries, async (batch) => {
      batches += 1;
      return collect('2025-01-15', 2022)(batch);
    }, { size: 10, shouldStop: () => batches === 2 });
    expect(outcome).toMatchObject({ saved: 20, stopped: true, error: null });
    expect(outcome.unsaved).toEqual(entries.slice(20));
    expect(duesOf(2022).size).toBe(20);
  });
});

describe('the audit of a batch', () => {
  it('is one write of the trail for the whole batch, one row per dues row, chained as one by one', async () => {
    const entries = expectedUnpaid([district, commune], 2020).slice(0, DUES_SAVE_BATCH).map((memberId) => ({ memberId, amount: 30_000 }));
    expect(entries).toHaveLength(DUES_SAVE_BATCH);
    const record = vi.spyOn(t.core.audit, 'record');
    const recordMany = vi.spyOn(t.core.audit, 'recordMany');
    expect(await collect('2025-01-15', 2020)(entries)).toMatchObject({ saved: DUES_SAVE_BATCH });
    expect(record.mock.calls.filter(([entry]) => entry.entity === 'member_dues')).toEqual([]);
    expect(recordMany).toHaveBeenCalledTimes(1);

    const rows = t.query(
      `SELECT a.action, a.method, a.account_id, a.account_name, a.detail, d.member_id FROM audit_log a JOIN member_dues d ON d.id = a.record_id
        WHERE a.entity = 'member_dues' AND d.year = 2020 ORDER BY a.seq`,
    );
    expect(rows.map((row) => row.member_id)).toEqual(entries.map((entry) => entry.memberId));
    expect(new Set(rows.map((row) => JSON.stringify([row.action, row.method, row.account_id, row.account_name, row.detail])))).toEqual(
      new Set([JSON.stringify(['write', 'members.dues.collect', 'local', 'Thư ký', '{"fields":["amount","paidOn","year"]}'])]),
    );
    expect(t.core.audit.verify()).toMatchObject({ ok: true });
  });
});

describe('the counts of the sheet and of the arrears', () => {
  it('are counted for the first page only; later pages reuse them until something is written', async () => {
    const prepare = vi.spyOn(coreSqlite(), 'prepare');
    const countsDuring = async (call: () => Promise<unknown>) => {
      prepare.mockClear();
      await call();
      return prepare.mock.calls.filter(([source]) => /count\(\*\)/i.test(String(source))).length;
    };
    const sheetPage = (offset: number) => t.value('members.dues.sheet', { branchId: district, year: 2019, offset, limit: 50 });
    const arrearsPage = (offset: number) => t.value('members.dues.arrears', { year: 2019, branchId: district, offset, limit: 50 });
    const unpaid = expectedUnpaid([district, commune], 2019);
    expect(unpaid.length).toBeGreaterThan(200);

    expect(await countsDuring(() => sheetPage(0))).toBeGreaterThan(0);
    expect(await countsDuring(() => sheetPage(50))).toBe(0);
    expect(await countsDuring(() => arrearsPage(0))).toBeGreaterThan(0);
    expect(await countsDuring(() => arrearsPage(100))).toBe(0);
    expect(await sheetPage(150)).toMatchObject({ unpaid: unpaid.length });

    // A save changes the database: the next page counts again, and sees it.
    await collect('2025-01-15', 2019)([{ memberId: unpaid[0] ?? '', amount: 30_000 }]);
    expect(await countsDuring(() => sheetPage(50))).toBeGreaterThan(0);
    expect(await sheetPage(100)).toMatchObject({ unpaid: unpaid.length - 1 });
    expect(await countsDuring(() => arrearsPage(100))).toBeGreaterThan(0);
    expect((await arrearsPage(50)).total).toBe(unpaid.length - 1);
  });
});
