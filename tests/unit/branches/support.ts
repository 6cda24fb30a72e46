import type { TestCore } from '../../helpers/core';

/** Helpers for the branch tests (not a test file itself). */

export function branchInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Hội Bảo vệ quyền trẻ em xã Vân Sơn',
    kind: 'hoi_cap_xa',
    parentId: null,
    unitCode: '07621',
    foundedOn: '2024-03-15',
    foundingDecisionNo: '12/QĐ-HBVQTE',
    foundingDecisionDate: '2024-03-10',
    leaderName: 'Hoàng Thị Lan',
    leaderTitle: 'Chủ tịch',
    phone: '0912 345 678',
    email: '',
    address: '',
    notes: '',
    ...overrides,
  };
}

export async function createBranch(t: TestCore, overrides: Record<string, unknown> = {}): Promise<string> {
  return (await t.value('branches.create', branchInput(overrides))).id;
}

export const QD_861 = 'QĐ 861/QĐ-TTg';

/**
 * The figures' data set (hand-computed answers in figures.test.ts). Flags: Vân Sơn (07621)
 * khu vực III from 04/06/2021; Hữu Sản (07624) khu vực III only from 01/07/2024.
 */
export async function seedFigureBranches(t: TestCore): Promise<Record<string, string>> {
  await t.value('units.flags.save', { unitCode: '07621', kind: 'khu_vuc_iii', validFrom: '2021-06-04', validTo: '2025-12-31', decision: QD_861 });
  await t.value('units.flags.save', { unitCode: '07624', kind: 'khu_vuc_iii', validFrom: '2024-07-01', validTo: '2025-12-31', decision: 'QĐ 999/QĐ-UBDT' });
  const ids: Record<string, string> = {};
  const add = async (key: string, fields: Record<string, unknown>) => {
    ids[key] = await createBranch(t, { foundingDecisionNo: '', foundingDecisionDate: null, leaderName: '', phone: '', ...fields });
  };
  await add('b1', { name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2015-03-01' });
  await add('b2', { name: 'Hội Bảo vệ quyền trẻ em xã Vân Sơn', kind: 'hoi_cap_xa', unitCode: '07621', foundedOn: '2024-03-15', parentId: ids.b1 });
  await add('b3', { name: 'Chi hội Trường THCS Vân Sơn', kind: 'chi_hoi_truong_hoc', unitCode: '07621', foundedOn: '2024-09-05', parentId: ids.b2 });
  await add('b4', { name: 'Hội Bảo vệ quyền trẻ em xã Hữu Sản', kind: 'hoi_cap_xa', unitCode: '07624', foundedOn: '2024-06-20', parentId: ids.b1 });
  await add('b5', { name: 'Chi hội UBND xã Hữu Sản', kind: 'chi_hoi_co_quan', unitCode: '07624', foundedOn: '2024-07-01', parentId: ids.b4 });
  await add('b6', { name: 'Mạng liên kết bảo vệ quyền trẻ em huyện Sơn Động', kind: 'mang_lien_ket', unitCode: '220', foundedOn: '2024-05-01' });
  await add('b7', { name: 'Mạng liên kết bảo vệ quyền trẻ em xã Vân Sơn', kind: 'mang_lien_ket', unitCode: '07621', foundedOn: '2024-06-01', parentId: ids.b6 });
  await add('b8', { name: 'CLB Nhà báo bảo vệ quyền trẻ em', kind: 'cau_lac_bo', unitCode: '24', foundedOn: '2024-04-10' });
  await add('b9', { name: 'Chi hội Trường Tiểu học Thọ Xương', kind: 'chi_hoi_truong_hoc', unitCode: '07201', foundedOn: '2024-12-01' });
  await add('b10', { name: 'Hội Bảo vệ quyền trẻ em xã Đại Sơn', kind: 'hoi_cap_xa', unitCode: '07627', foundedOn: '2025-02-01', parentId: ids.b1 });
  await add('b11', { name: 'Chi hội Công ty May Sơn Động', kind: 'chi_hoi_doanh_nghiep', unitCode: '07621', foundedOn: '2023-12-31' });
  await t.value('branches.dissolve', { id: ids.b11, dissolvedOn: '2024-06-30', reason: 'Công ty giải thể' });
  return ids;
}
