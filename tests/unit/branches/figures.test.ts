import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, testSession, type TestCore } from '../../helpers/core';
import { seedFigureBranches } from './support';

/**
 * Hand-computed answers over the data set of support.ts (11 branches; Vân Sơn flagged since
 * 04/06/2021, Hữu Sản only from 01/07/2024):
 * founded in 2024: b2 b3 b4 b5 b6 b7 b8 b9 (b1 in 2015, b10 in 2025, b11 on 31/12/2023).
 */
let t: TestCore;

beforeAll(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z' });
  await seedFigureBranches(t);
});

afterAll(async () => {
  await t?.close();
});

describe('the figures of programme 1', () => {
  it('counts the branches founded in 2024 by kind and by the level of their unit, and of them in especially difficult communes', async () => {
    const figures = await t.value('branches.figures', { from: '2024-01-01', to: '2024-12-31' });
    expect(figures.byKindAndLevel).toEqual([
      { kind: 'hoi_cap_xa', level: 'commune', founded: 2, inDifficult: 1 }, // b2 (Vân Sơn, flagged), b4 (Hữu Sản, 20/06: before its flag)
      { kind: 'chi_hoi_truong_hoc', level: 'commune', founded: 2, inDifficult: 1 }, // b3 (Vân Sơn), b9 (Thọ Xương)
      { kind: 'chi_hoi_co_quan', level: 'commune', founded: 1, inDifficult: 1 }, // b5 (Hữu Sản, 01/07: the flag's first day)
      { kind: 'mang_lien_ket', level: 'district', founded: 1, inDifficult: 0 }, // b6
      { kind: 'mang_lien_ket', level: 'commune', founded: 1, inDifficult: 1 }, // b7
      { kind: 'cau_lac_bo', level: 'province', founded: 1, inDifficult: 0 }, // b8
    ]);
  });

  it('gives the plan targets: new Hội and chi hội at commune level, of them in difficult communes, networks and clubs', async () => {
    const year = await t.value('branches.figures', { from: '2024-01-01', to: '2024-12-31' });
    expect(year.programmeOne).toEqual({ newCommuneBranches: 5, newCommuneBranchesInDifficult: 3, networksFounded: 2, clubsFounded: 1 });
    const firstHalf = await t.value('branches.figures', { from: '2024-01-01', to: '2024-06-30' });
    expect(firstHalf.programmeOne).toEqual({ newCommuneBranches: 2, newCommuneBranchesInDifficult: 1, networksFounded: 2, clubsFounded: 1 });
  });

  it('counts the branches active on a date (the dissolution day ends a branch)', async () => {
    const endOfYear = await t.value('branches.figures', { from: '2024-01-01', to: '2024-12-31' });
    expect(endOfYear.asOf).toBe('2024-12-31');
    expect(endOfYear.activeAt).toEqual({
      total: 9,
      byKind: [
        { kind: 'hoi_cap_huyen', count: 1 },
        { kind: 'hoi_cap_xa', count: 2 },
        { kind: 'chi_hoi_truong_hoc', count: 2 },
        { kind: 'chi_hoi_co_quan', count: 1 },
        { kind: 'mang_lien_ket', count: 2 },
        { kind: 'cau_lac_bo', count: 1 },
      ],
    });
    const dayBefore = await t.value('branches.figures', { from: '2024-01-01', to: '2024-12-31', asOf: '2024-06-29' });
    expect(dayBefore.activeAt.total).toBe(7); // b1 b2 b4 b6 b7 b8 and b11 (dissolved the next day)
    const dissolutionDay = await t.value('branches.figures', { from: '2024-01-01', to: '2024-12-31', asOf: '2024-06-30' });
    expect(dissolutionDay.activeAt.total).toBe(6);
  });

  it('gives the figures to the report viewer, and nothing to the child-protection officer', async () => {
    const input = { from: '2024-01-01', to: '2024-12-31' };
    expect((await t.call('branches.figures', input, testSession({ accountId: 'v', role: 'xem_bao_cao' }))).ok).toBe(true);
    const refused = await t.call('branches.figures', input, testSession({ accountId: 'c', role: 'can_bo_tre_em' }));
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
  });
});
