import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../helpers/core';
import { createBranch } from '../branches/support';
import { addMember, smallTree, type SmallTree } from './support';

let t: TestCore;
let tree: SmallTree;
let ids: Record<string, string>;

beforeEach(async () => {
  t = await createTestCore({ now: '2025-05-10T03:00:00.000Z' });
  tree = await smallTree(t);
  ids = {
    an: await addMember(t, { branchId: tree.commune, joinedOn: '2019-05-01' }),
    dao: await addMember(t, { ho: 'Trần', dem: 'Thị', ten: 'Đào', gender: 'nu', phone: '', cardNumber: '', branchId: tree.school, joinedOn: '2024-02-01', ethnicity: '02' }),
    duc: await addMember(t, { ho: 'Lê', dem: 'Minh', ten: 'Đức', phone: '', cardNumber: '', branchId: tree.other, joinedOn: '2024-07-01', unitCode: null }),
    left: await addMember(t, { ho: 'Phạm', dem: '', ten: 'Hùng', phone: '', cardNumber: '', branchId: tree.school, joinedOn: '2018-01-01', leftOn: '2024-06-30', leftReason: 'Chuyển công tác' }),
  };
});

afterEach(async () => {
  await t?.close();
});

const position = (overrides: Record<string, unknown>) => ({ memberId: ids.an, position: 'chu_tich', title: '', branchId: tree.district, fromDate: '2019-01-01', toDate: '2023-12-31', notes: '', ...overrides });

describe('positions and terms', () => {
  it('refuses a term that ends before it starts and a "khác" without its title', async () => {
    const reversed = await t.call('members.positions.save', position({ fromDate: '2024-01-01', toDate: '2023-12-31' }));
    expect(reversed.ok ? null : reversed.error.issues?.[0]).toEqual({ path: 'toDate', message: 'Nhiệm kỳ kết thúc (31/12/2023) trước khi bắt đầu (01/01/2024): hãy sửa ngày kết thúc.' });
    const untitled = await t.call('members.positions.save', position({ position: 'khac' }));
    expect(untitled.ok ? null : untitled.error.issues?.[0]).toEqual({ path: 'title', message: 'Hãy ghi tên chức vụ.' });
    expect(t.count('member_positions')).toBe(0);
  });

  it('answers who held which position on a date, by rank, and the position filter of the list', async () => {
    await t.value('members.positions.save', position({}));
    await t.value('members.positions.save', position({ memberId: ids.dao, position: 'chu_tich', fromDate: '2024-01-01', toDate: '2028-12-31' }));
    await t.value('members.positions.save', position({ memberId: ids.duc, position: 'pho_chu_tich', fromDate: '2024-01-01', toDate: null }));
    await t.value('members.positions.save', position({ memberId: ids.an, position: 'chi_hoi_truong', branchId: tree.commune, fromDate: '2020-03-15', toDate: null }));
    const on2022 = await t.value('members.leadership', { date: '2022-06-01' });
    expect(on2022.map((row) => [row.position, row.memberName, row.branchName])).toEqual([
      ['chu_tich', 'Nguyễn Văn An', 'Hội Bảo vệ quyền trẻ em huyện Sơn Động'],
      ['chi_hoi_truong', 'Nguyễn Văn An', 'Hội Bảo vệ quyền trẻ em xã Vân Sơn'],
    ]);
    const today = await t.value('members.leadership', { date: '2025-05-10', branchId: tree.district });
    expect(today.map((row) => [row.position, row.memberName])).toEqual([['chu_tich', 'Trần Thị Đào'], ['pho_chu_tich', 'Lê Minh Đức']]);
    expect((await t.value('members.list', { position: 'chu_tich' })).items.map((item) => item.fullName)).toEqual(['Trần Thị Đào']);
  });
});

describe('deleting a branch that holds positions', () => {
  it('is refused with a Vietnamese message and deletes nothing', async () => {
    const branch = await createBranch(t, { name: 'CLB Trẻ em xã Vân Sơn', kind: 'cau_lac_bo', unitCode: '24', foundedOn: '2020-01-01', foundingDecisionDate: null, foundingDecisionNo: '' });
    await t.value('members.positions.save', position({ branchId: branch, fromDate: '2020-01-01', toDate: null }));
    const refused = await t.call('branches.delete', { id: branch });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'CONFLICT', message: 'Không xóa được "CLB Trẻ em xã Vân Sơn": có 1 chức vụ của hội viên ghi tại tổ chức này. Hãy giải thể tổ chức thay vì xóa, để giữ lịch sử chức vụ.' });
    expect(t.count('member_positions')).toBe(1);
    expect(t.query('SELECT count(*) AS n FROM branches WHERE id = ?', branch)).toEqual([{ n: 1 }]);
  });
});

describe('dues', () => {
  it('one payment per member and year; the bulk entry leaves those already paid alone', async () => {
    await t.value('members.dues.save', { memberId: ids.dao, year: 2024, amount: 50_000, paidOn: '2024-03-01', notes: '' });
    const twice = await t.call('members.dues.save', { memberId: ids.dao, year: 2024, amount: 60_000, paidOn: '2024-04-01', notes: '' });
    expect(twice.ok ? null : twice.error.message).toBe('Trần Thị Đào đã nộp hội phí năm 2024 (ngày 01/03/2024). Hãy sửa khoản đã ghi.');
    const future = await t.call('members.dues.save', { memberId: ids.an, year: 2025, amount: 50_000, paidOn: '2025-06-01', notes: '' });
    expect(future.ok ? null : future.error.message).toBe('Ngày nộp 01/06/2025 chưa đến: không được sau hôm nay.');

    const sheet = await t.value('members.dues.sheet', { branchId: tree.commune, year: 2024 });
    expect(sheet.rows.map((row) => [row.fullName, row.paid?.amount ?? null])).toEqual([
      ['Nguyễn Văn An', null],
      ['Trần Thị Đào', 50_000],
      ['Phạm Hùng', null],
    ]);
    const result = await t.value('members.dues.collect', { year: 2024, paidOn: '2024-12-20', entries: sheet.rows.map((row) => ({ memberId: row.memberId, amount: 40_000 })) });
    expect(result).toEqual({ saved: 2, alreadyPaid: 1, skipped: [] });
    expect((await t.value('members.dues.sheet', { branchId: tree.commune, year: 2025 })).rows.map((row) => row.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Đào']);
  });

  it('lists the arrears of a year and totals what was collected', async () => {
    await t.value('members.dues.save', { memberId: ids.an, year: 2024, amount: 50_000, paidOn: '2024-03-01', notes: '' });
    await t.value('members.dues.save', { memberId: ids.an, year: 2023, amount: 30_000, paidOn: '2023-03-01', notes: '' });
    await t.value('members.dues.save', { memberId: ids.duc, year: 2024, amount: 20_000, paidOn: '2024-08-01', notes: '' });
    const arrears = await t.value('members.dues.arrears', { year: 2024 });
    expect(arrears.total).toBe(2);
    expect(arrears.items.map((item) => [item.fullName, item.lastPaidYear])).toEqual([['Trần Thị Đào', null], ['Phạm Hùng', null]]);
    expect((await t.value('members.dues.arrears', { year: 2024, branchId: tree.other })).total).toBe(0);
    const totals = await t.value('members.dues.totals', { year: 2024 });
    expect(totals).toMatchObject({ amount: 70_000, payers: 2 });
    expect(totals.byBranch.map((row) => [row.branchName, row.amount])).toEqual([
      ['CLB Nhà báo bảo vệ quyền trẻ em', 20_000],
      ['Hội Bảo vệ quyền trẻ em xã Vân Sơn', 50_000],
    ]);
  });
});

describe('figures for the reports', () => {
  it('counts new members in a period by branch, unit, gender and ethnicity, and the active members on a date', async () => {
    await t.value('members.delete', { id: ids.an });
    await addMember(t, { ho: 'Hoàng', dem: 'Thị', ten: 'Lan', gender: 'nu', phone: '', cardNumber: '', branchId: tree.school, joinedOn: '2024-12-31', ethnicity: null });
    const figures = await t.value('members.figures', { from: '2024-01-01', to: '2024-12-31', asOf: '2024-12-31' });
    expect(figures.newMembers.total).toBe(3);
    expect(figures.newMembers.byBranch.map((row) => [row.branchName, row.count])).toEqual([['Chi hội Trường THCS Vân Sơn', 2], ['CLB Nhà báo bảo vệ quyền trẻ em', 1]]);
    expect(figures.newMembers.byUnit).toEqual([{ unitCode: null, unitName: 'Chưa ghi đơn vị', count: 1 }, { unitCode: '07621', unitName: 'Xã Vân Sơn', count: 2 }]);
    expect(figures.newMembers.byGender).toEqual([{ gender: 'nam', count: 1 }, { gender: 'nu', count: 2 }]);
    expect(figures.newMembers.byEthnicity).toEqual([{ ethnicity: null, name: 'Chưa ghi dân tộc', count: 1 }, { ethnicity: '01', name: 'Kinh', count: 1 }, { ethnicity: '02', name: 'Tày', count: 1 }]);
    expect(figures.activeAt).toBe(3);
    expect((await t.value('members.figures', { from: '2024-01-01', to: '2024-12-31', asOf: '2024-06-29' })).activeAt).toBe(2);
    expect(await t.value('members.summary', {})).toEqual({ year: 2025, active: 3, newThisYear: 0 });
  });

  it('the branch tree counts active members, own and with sub-branches', async () => {
    const nodes = new Map((await t.value('branches.tree', {})).nodes.map((node) => [node.id, node]));
    expect([nodes.get(tree.district)?.members, nodes.get(tree.district)?.membersWithSub]).toEqual([0, 2]);
    expect([nodes.get(tree.commune)?.members, nodes.get(tree.commune)?.membersWithSub]).toEqual([1, 2]);
    expect([nodes.get(tree.school)?.members, nodes.get(tree.school)?.membersWithSub]).toEqual([1, 1]);
    const past = new Map((await t.value('branches.tree', { asOf: '2024-01-01' })).nodes.map((node) => [node.id, node]));
    expect(past.get(tree.district)?.membersWithSub).toBe(2);
  });
});

describe('the list on a small register', () => {
  it('filters by status, flags and joining period, and sorts họ first on request', async () => {
    const names = async (input: Record<string, unknown>) => (await t.value('members.list', input)).items.map((item) => item.fullName);
    expect(await names({})).toEqual(['Nguyễn Văn An', 'Trần Thị Đào', 'Lê Minh Đức']);
    expect(await names({ order: 'ho-first' })).toEqual(['Lê Minh Đức', 'Nguyễn Văn An', 'Trần Thị Đào']);
    expect(await names({ status: 'left' })).toEqual(['Phạm Hùng']);
    expect(await names({ status: 'all', joinedFrom: '2024-01-01', joinedTo: '2024-06-30' })).toEqual(['Trần Thị Đào']);
    expect(await names({ volunteer: true, branchId: tree.district })).toEqual(['Nguyễn Văn An', 'Trần Thị Đào']);
    expect(await names({ branchId: tree.district, includeSubBranches: false })).toEqual([]);
    expect(await names({ unitCode: '220', gender: 'nu' })).toEqual(['Trần Thị Đào']);
    expect(await names({ query: 'DUC le', status: 'all' })).toEqual(['Lê Minh Đức']);
  });

  it('a later page reuses the count only while nothing was written', async () => {
    expect((await t.value('members.list', { offset: 1, limit: 1 })).total).toBe(3);
    await addMember(t, { ho: 'Vũ', dem: 'Thị', ten: 'Yến', phone: '', cardNumber: '', branchId: tree.school });
    const page = await t.value('members.list', { offset: 1, limit: 1 });
    expect([page.total, page.items.map((item) => item.fullName)]).toEqual([4, ['Trần Thị Đào']]);
    await t.value('members.delete', { id: ids.dao });
    expect((await t.value('members.list', { offset: 1, limit: 1 })).total).toBe(3);
  });
});
