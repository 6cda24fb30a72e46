import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures';
import type { AppShellPage } from '../pages/app-shell-page';
import { OrganizationPage } from '../pages/organization-page';

const UNITS_FILE = fileURLToPath(new URL('../../fixtures/admin-units-bac-giang-2025-03.xlsx', import.meta.url));
const QD_861 = 'QĐ 861/QĐ-TTg';

test('the secretary imports the units, flags two communes, builds a branch tree and finds a branch without accents', async ({ app, page, loginAs }) => {
  const org = new OrganizationPage(page);
  await loginAs('thu_ky');
  await app.goTo('Tổ chức Hội');
  await expect(page.getByText('Chưa có tổ chức Hội nào. Thêm mới hoặc nhập từ Excel.')).toBeVisible();
  await app.screenshot('to-chuc-hoi-trong');
  await importUnits(app, org);
  await flagTwoCommunes(app, org);
  await buildSmallTree(app, org);
  await findWithoutAccents(app, org);
  await seeTreeAndFigures(app, org);
});

/** The statistics office's list, as of 01/03/2025: every unit is already on record. */
async function importUnits(app: AppShellPage, org: OrganizationPage): Promise<void> {
  const page = org.page;
  await org.openTab('Đơn vị hành chính');
  await org.importFile('Nhập danh mục từ Excel', UNITS_FILE, { 'Ngày hiệu lực của danh mục': '01/03/2025' });
  await expect(org.wizard().getByText('Tìm thấy 192 dòng dữ liệu trong trang "Sheet1", dòng tiêu đề là dòng 1.', { exact: false })).toBeVisible();
  await app.screenshot('nhap-don-vi-ghep-cot');
  await org.checkImport();
  await expect(org.wizard().getByText('192 dòng: 192 dòng hợp lệ, 0 dòng có lỗi.')).toBeVisible();
  await expect(org.wizard().getByText('Đơn vị không thay đổi: 203')).toBeVisible();
  await app.screenshot('nhap-don-vi-xem-truoc');
  await org.commitImport();
  await org.closeWizard();
  await page.getByRole('textbox', { name: 'Xem vào ngày' }).fill('01/03/2025');
  await expect(page.getByText('1 tỉnh, 10 đơn vị cấp huyện, 192 đơn vị cấp xã')).toBeVisible();
  await page.getByRole('textbox', { name: 'Tìm đơn vị' }).fill('van son');
  await page.getByRole('button', { name: 'Xã Vân Sơn', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Xã Vân Sơn · Mã 07621' })).toBeVisible();
  await app.expectNoHorizontalScroll();
  await app.screenshot('don-vi-hanh-chinh');
}

/** Two communes flagged khu vực III by QĐ 861/QĐ-TTg. */
async function flagTwoCommunes(app: AppShellPage, org: OrganizationPage): Promise<void> {
  await org.openTab('Xã khó khăn');
  await org.addFlag({ typed: 'van son', option: /^Xã Vân Sơn, Huyện Sơn Động/ }, { from: '04/06/2021', to: '31/12/2025', decision: QD_861 });
  await org.addFlag({ typed: 'huu san', option: /^Xã Hữu Sản, Huyện Sơn Động/ }, { from: '04/06/2021', to: '31/12/2025', decision: QD_861 });
  await expect(org.page.getByText('2 thời kỳ được ghi')).toBeVisible();
  await app.expectNoHorizontalScroll();
  await app.screenshot('xa-kho-khan');
}

/** District association ⊃ commune association ⊃ school chi hội, typed by keyboard. */
async function buildSmallTree(app: AppShellPage, org: OrganizationPage): Promise<void> {
  await org.openTab('Danh sách');
  await org.addBranch({ name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'Hội cấp huyện, thành phố', foundedOn: '01/03/2015', unit: { typed: 'son dong', option: /^Huyện Sơn Động/ } });
  await org.backToList();
  await org.addBranch({
    name: 'Hội Bảo vệ quyền trẻ em xã Vân Sơn',
    kind: 'Hội cấp xã, phường, thị trấn',
    parent: { typed: 'huyen son dong', option: /^Hội Bảo vệ quyền trẻ em huyện Sơn Động/ },
    foundedOn: '15/03/2024',
    unit: { typed: 'van son', option: /^Xã Vân Sơn/ },
  });
  await expect(org.page.getByText('Thành lập tại xã đặc biệt khó khăn (Xã khu vực III theo QĐ 861/QĐ-TTg)')).toBeVisible();
  await app.expectNoHorizontalScroll();
  await app.screenshot('to-chuc-hoi-ban-ghi');
  await org.backToList();
  await org.addBranch({
    name: 'Chi hội Trường THCS Vân Sơn',
    kind: 'Chi hội trường học',
    parent: { typed: 'xa van son', option: /^Hội Bảo vệ quyền trẻ em xã Vân Sơn/ },
    foundedOn: '05/09/2024',
    unit: { typed: 'van son', option: /^Xã Vân Sơn/ },
  });
  await org.backToList();
}

/** Found by typing without accents; the list shows the computed flag and the counts. */
async function findWithoutAccents(app: AppShellPage, org: OrganizationPage): Promise<void> {
  const page = org.page;
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('chi hoi truong thcs van son');
  await expect(org.branchRows()).toHaveCount(2);
  await expect(org.branchRows().nth(1)).toContainText('Chi hội Trường THCS Vân Sơn');
  await expect(org.branchRows().nth(1)).toContainText('Xã ĐBKK');
  await expect(page.getByText('1 tổ chức', { exact: true })).toBeVisible();
  await app.screenshot('to-chuc-hoi-tim-khong-dau');
  await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await expect(page.getByText('3 tổ chức', { exact: true })).toBeVisible();
  await app.expectNoHorizontalScroll();
  await app.screenshot('to-chuc-hoi-danh-sach');
}

async function seeTreeAndFigures(app: AppShellPage, org: OrganizationPage): Promise<void> {
  const page = org.page;
  await org.openTab('Cây tổ chức');
  await expect(page.getByText('3 tổ chức đang hoạt động, 0 đã giải thể')).toBeVisible();
  await expect(page.getByText('Trực thuộc: 1 / 2')).toBeVisible();
  await app.screenshot('to-chuc-hoi-cay');
  await org.openTab('Số liệu báo cáo');
  await page.getByRole('textbox', { name: 'Từ ngày' }).fill('01/01/2024');
  await page.getByRole('textbox', { name: 'Đến ngày' }).fill('31/12/2024');
  await expect(page.getByRole('table', { name: 'Thành lập trong kỳ theo loại và cấp' }).getByRole('row')).toHaveCount(3);
  await app.expectNoHorizontalScroll();
  await app.screenshot('to-chuc-hoi-so-lieu');
}
