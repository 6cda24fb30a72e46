import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures';
import type { HostClient } from '../host-client';
import { downloadedRows, MembersImportPage } from '../pages/members-import-page';

const MESSY_FILE = fileURLToPath(new URL('../../fixtures/members-import/messy.xlsx', import.meta.url));

/** Hội xã Vân Sơn ⊃ Chi hội Trường THCS Vân Sơn; CLB Nhà báo apart; Nguyễn Văn An (1980) already a member. */
async function arrange(admin: HostClient): Promise<void> {
  const branch = async (values: Record<string, unknown>) =>
    (await admin.call<{ id: string }>('branches.create', { kind: 'hoi_cap_xa', parentId: null, foundingDecisionNo: '', foundingDecisionDate: null, leaderName: '', leaderTitle: '', phone: '', email: '', address: '', notes: '', ...values })).id;
  const commune = await branch({ name: 'Hội Bảo vệ quyền trẻ em xã Vân Sơn', unitCode: '07621', foundedOn: '2020-03-15' });
  await branch({ name: 'Chi hội Trường THCS Vân Sơn', kind: 'chi_hoi_truong_hoc', parentId: commune, unitCode: '07621', foundedOn: '2021-09-05' });
  await branch({ name: 'CLB Nhà báo bảo vệ quyền trẻ em', kind: 'cau_lac_bo', unitCode: '24', foundedOn: '2019-04-10' });
  await admin.call('members.create', {
    ho: 'Nguyễn', dem: 'Văn', ten: 'An', gender: 'nam', birthDate: '1980-01-01', birthPrecision: 'year', ethnicity: '01', phone: '', email: '', address: '', unitCode: null, branchId: commune,
    joinedOn: '2022-05-01', leftOn: null, leftReason: '', memberType: 'ca_nhan', occupation: '', isCollaborator: false, isVolunteer: false, cardNumber: '', cardIssuedOn: null, notes: '',
  });
}

test('the secretary imports a messy members file, maps an unknown branch, downloads the rejected rows and exports the list', async ({ app, page, admin, loginAs }) => {
  await loginAs('thu_ky');
  await arrange(admin);
  const excel = new MembersImportPage(page);
  await app.goTo('Hội viên');
  await expect(page.getByRole('status').filter({ hasText: 'hội viên' })).toHaveText('1 hội viên');

  await excel.chooseFile(MESSY_FILE);
  await expect(excel.wizard().getByText('Tìm thấy 10 dòng dữ liệu trong trang "Danh sách", dòng tiêu đề là dòng 4.')).toBeVisible();
  await expect(excel.wizard().getByRole('combobox', { name: 'Cột trong tệp: Họ và tên' })).toHaveValue('Cột B: HỌ TÊN');
  await expect(excel.wizard().getByRole('combobox', { name: 'Cột trong tệp: Chi hội' })).toHaveValue('Cột E: Đơn vị');
  await app.screenshot('hoi-vien-nhap-ghep-cot');

  await excel.check();
  await expect(excel.summary()).toContainText('Hội viên mới sẽ nhập: 2');
  await expect(excel.summary()).toContainText('Dòng lỗi: 5');
  await expect(excel.summary()).toContainText('Dòng trùng (không nhập): 2');
  await expect(excel.summary()).toContainText('Chi hội chưa có: Chi hội Xóm Mới: 1');
  await expect(excel.wizard().getByText('Ngày sinh "31/02/1980" không hợp lệ: tháng 2 năm 1980 không có ngày 31.')).toBeVisible();
  await excel.wizard().getByText('Chi hội chưa có trong danh sách', { exact: true }).scrollIntoViewIfNeeded();
  await app.screenshot('hoi-vien-nhap-xem-truoc');

  await excel.mapBranch('Chi hội Xóm Mới', 'nha bao', /CLB Nhà báo bảo vệ quyền trẻ em/);
  await expect(excel.summary()).toContainText('Hội viên mới sẽ nhập: 3');
  await expect(excel.summary()).toContainText('Dòng lỗi: 4');
  await app.screenshot('hoi-vien-nhap-sau-ghep-chi-hoi');

  const rejected = await downloadedRows(await excel.downloadFrom('Tải các dòng lỗi (.xlsx)', 'wizard'));
  expect(rejected[0]?.at(-1)).toBe('Lỗi');
  expect(rejected.slice(1).map((row) => row.at(-1))).toEqual([
    expect.stringMatching(/^Trùng với hội viên đã có Nguyễn Văn An \(1980, Hội Bảo vệ quyền trẻ em xã Vân Sơn\): cùng họ tên và năm sinh\./),
    'Ngày sinh "31/02/1980" không hợp lệ: tháng 2 năm 1980 không có ngày 31.',
    'Ngày sinh 01/01/2030 chưa đến: ngày sinh không được sau hôm nay.',
    'Số điện thoại "09123abc45" không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84.',
    'Thiếu Họ và tên: mỗi dòng cần họ và tên hội viên.',
    expect.stringMatching(/^Trùng với hội viên đã có Nguyễn Văn An/),
    'Dòng tổng cộng ở cuối bảng: không phải hội viên, được bỏ qua.',
  ]);

  await excel.commit();
  await expect(page.getByRole('status').filter({ hasText: 'hội viên' })).toHaveText('4 hội viên');

  const exported = await downloadedRows(await excel.downloadFrom('Xuất Excel', 'page'));
  expect(exported[0]?.slice(0, 4)).toEqual(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh']);
  expect(exported.length).toBe(5);
  const binh = exported.find((row) => row[1] === 'Trần Thị Bình');
  expect(binh?.slice(0, 10)).toEqual([expect.any(Number), 'Trần Thị Bình', 'Nữ', new Date(Date.UTC(1985, 2, 15)), undefined, '0987 654 321', undefined, undefined, 'Chi hội Trường THCS Vân Sơn', new Date(Date.UTC(2024, 1, 1))]);
  expect(exported.find((row) => row[1] === 'Đỗ Văn Cường')?.[8]).toBe('CLB Nhà báo bảo vệ quyền trẻ em');
});
