import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures';
import type { HostClient } from '../host-client';
import { downloadedRows, MembersImportPage } from '../pages/members-import-page';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/members-import/${name}`, import.meta.url));
const MESSY_FILE = fixture('messy.xlsx');
const SEVERAL_SHEETS_FILE = fixture('several-sheets.xlsx');

async function createBranch(admin: HostClient, values: Record<string, unknown>): Promise<string> {
  const defaults = { kind: 'hoi_cap_xa', parentId: null, foundingDecisionNo: '', foundingDecisionDate: null, leaderName: '', leaderTitle: '', phone: '', email: '', address: '', notes: '' };
  return (await admin.call<{ id: string }>('branches.create', { ...defaults, ...values })).id;
}

/** Hội xã Vân Sơn ⊃ Chi hội Trường THCS Vân Sơn; the commune's id. */
async function communeAndSchool(admin: HostClient): Promise<string> {
  const commune = await createBranch(admin, { name: 'Hội Bảo vệ quyền trẻ em xã Vân Sơn', unitCode: '07621', foundedOn: '2020-03-15' });
  await createBranch(admin, { name: 'Chi hội Trường THCS Vân Sơn', kind: 'chi_hoi_truong_hoc', parentId: commune, unitCode: '07621', foundedOn: '2021-09-05' });
  return commune;
}

/** The commune and its school branch; CLB Nhà báo apart; Nguyễn Văn An (1980) already a member. */
async function arrange(admin: HostClient): Promise<void> {
  const commune = await communeAndSchool(admin);
  await createBranch(admin, { name: 'CLB Nhà báo bảo vệ quyền trẻ em', kind: 'cau_lac_bo', unitCode: '24', foundedOn: '2019-04-10' });
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
  await expect(excel.headline()).toHaveText('2 dòng hợp lệ · 5 dòng lỗi · 2 dòng trùng · 1 dòng tổng cộng (bỏ qua)');
  await expect(excel.summary()).toContainText('Hội viên mới sẽ nhập: 2');
  await expect(excel.summary()).toContainText('Chi hội chưa có: Chi hội Xóm Mới (1 dòng)');
  await expect(excel.wizard().getByText('Ngày sinh "31/02/1980" không hợp lệ: tháng 2 năm 1980 không có ngày 31.')).toBeVisible();
  await excel.wizard().getByText('Chi hội chưa có trong danh sách', { exact: true }).scrollIntoViewIfNeeded();
  await app.screenshot('hoi-vien-nhap-xem-truoc');

  await excel.mapBranch('Chi hội Xóm Mới', 'nha bao', /CLB Nhà báo bảo vệ quyền trẻ em/);
  await expect(excel.headline()).toHaveText('3 dòng hợp lệ · 4 dòng lỗi · 2 dòng trùng · 1 dòng tổng cộng (bỏ qua)');
  await expect(excel.summary()).toContainText('Hội viên mới sẽ nhập: 3');
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

test('the secretary picks the right sheet of a workbook, creates a branch for a name the list lacks, and sees the counts', async ({ app, page, admin, loginAs }) => {
  await loginAs('thu_ky');
  await communeAndSchool(admin);
  const excel = new MembersImportPage(page);
  await app.goTo('Hội viên');

  await excel.chooseFile(SEVERAL_SHEETS_FILE);
  await expect(excel.sheetPicker()).toHaveValue('Chi hội Vân Sơn — 3 dòng không trống');
  await expect(excel.wizard().getByText('Tìm thấy 2 dòng dữ liệu trong trang "Chi hội Vân Sơn", dòng tiêu đề là dòng 1.')).toBeVisible();
  await expect(excel.wizard().getByText('Tệp có 5 trang; Sổ Hội đã chọn trang có tiêu đề cột khớp nhất.')).toBeVisible();
  await excel.sheetPicker().click();
  await expect(page.getByRole('option')).toHaveText(['Hướng dẫn — 3 dòng không trống, không thấy dòng tiêu đề', 'Chi hội Vân Sơn — 3 dòng không trống', 'CLB Nhà báo — 5 dòng không trống', 'Trống — trang trống', 'Chỉ tiêu đề — 1 dòng không trống']);
  await app.screenshot('hoi-vien-nhap-chon-trang');
  await page.getByRole('option', { name: 'Trống — trang trống' }).click();
  const emptySheet = excel.wizard().getByRole('alert').filter({ hasText: 'Trang "Trống"' });
  await expect(emptySheet).toHaveText('Trang "Trống" trống, không có dòng nào. Hãy chọn trang có danh sách.');
  await expect(excel.sheetPicker()).toHaveValue('Chi hội Vân Sơn — 3 dòng không trống');

  await excel.pickSheet(/^CLB Nhà báo/);
  await expect(excel.wizard().getByText('Tìm thấy 3 dòng dữ liệu trong trang "CLB Nhà báo", dòng tiêu đề là dòng 2.')).toBeVisible();
  await expect(emptySheet).toBeHidden();
  await expect(excel.wizard().getByText('Tệp có 5 trang.', { exact: true })).toBeVisible();
  await excel.check();
  await expect(excel.headline()).toHaveText('0 dòng hợp lệ · 3 dòng lỗi · 0 dòng trùng');
  await expect(excel.summary()).toContainText('Chi hội chưa có: CLB Nhà báo bảo vệ quyền trẻ em (2 dòng)');
  await expect(excel.wizard().getByText('Thiếu Ngày vào Hội: hội viên nào cũng cần ngày vào Hội.', { exact: false })).toBeVisible();

  const name = 'CLB Nhà báo bảo vệ quyền trẻ em';
  await excel.createBranch(name, { typed: 'van son', option: /^Hội Bảo vệ quyền trẻ em xã Vân Sơn/ }, 'Câu lạc bộ', '10/04/2019');
  await app.screenshot('hoi-vien-nhap-tao-chi-hoi');
  await excel.recheck();
  await expect(excel.headline()).toHaveText('2 dòng hợp lệ · 1 dòng lỗi · 0 dòng trùng');
  await expect(excel.summary()).toContainText(`Chi hội sẽ tạo mới: ${name} (2 hội viên)`);
  await expect(excel.wizard().getByRole('group', { name: `Cách xử lý "${name}"` })).toBeHidden();
  const preview = excel.wizard().getByRole('table', { name: 'Xem trước' });
  await expect(preview.getByRole('columnheader')).toHaveText(['Dòng', 'Họ', 'Đệm', 'Tên', 'Nội dung', 'Kết quả kiểm tra']);
  await expect(preview.getByRole('row', { name: /Đinh Công Tráng/ }).getByRole('cell').nth(1)).toHaveText('Đinh');
  await app.screenshot('hoi-vien-nhap-xem-truoc-tao-chi-hoi');

  await excel.commit();
  await expect(page.getByRole('status').filter({ hasText: 'hội viên' })).toHaveText('2 hội viên');
  const created = await admin.call<{ items: { name: string; kind: string; parentName: string | null }[] }>('branches.list', { query: 'nha bao', status: 'all' });
  expect(created.items).toEqual([expect.objectContaining({ name, kind: 'cau_lac_bo' })]);
});
