import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import type { HostClient } from '../host-client';
import { OrganizationPage } from '../pages/organization-page';

async function flagSheet(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Xã khu vực III');
  sheet.addRow(['DANH SÁCH XÃ KHU VỰC III GIAI ĐOẠN 2021-2025']);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['Mã xã', 'Tên xã', 'Từ ngày', 'Đến ngày', 'Quyết định']);
  sheet.addRow(['07621', 'Xã Vân Sơn', '04/06/2021', '31/12/2025', 'QĐ 861/QĐ-TTg']);
  sheet.addRow(['07627', 'Xã Tân An', '04/06/2021', '31/12/2025', 'QĐ 861/QĐ-TTg']);
  const path = join(mkdtempSync(join(tmpdir(), 'sohoi-e2e-xlsx-')), 'Xã khu vực III.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

async function branch(admin: HostClient, fields: Record<string, unknown>): Promise<string> {
  const base = { parentId: null, foundingDecisionNo: '', foundingDecisionDate: null, leaderName: '', leaderTitle: '', phone: '', email: '', address: '', notes: '' };
  return (await admin.call<{ id: string }>('branches.create', { ...base, ...fields })).id;
}

test('bad input is explained in Vietnamese and writes nothing: a wrong row, a future date, a cycle, a dissolution with sub-branches', async ({ app, page, admin, loginAs }) => {
  const org = new OrganizationPage(page);
  await loginAs('thu_ky');
  const district = await branch(admin, { name: 'Hội Bảo vệ quyền trẻ em huyện Sơn Động', kind: 'hoi_cap_huyen', unitCode: '220', foundedOn: '2015-03-01' });
  const commune = await branch(admin, { name: 'Hội Bảo vệ quyền trẻ em xã Vân Sơn', kind: 'hoi_cap_xa', unitCode: '07621', foundedOn: '2024-03-15', parentId: district });
  await branch(admin, { name: 'Chi hội Trường THCS Vân Sơn', kind: 'chi_hoi_truong_hoc', unitCode: '07621', foundedOn: '2024-09-05', parentId: commune });

  // A flag sheet with a wrong name for its code: the row is refused, its error can be downloaded.
  await app.goTo('Tổ chức Hội');
  await org.openTab('Xã khó khăn');
  await org.importFile('Nhập từ Excel', await flagSheet());
  await org.checkImport();
  await expect(org.wizard().getByText('Mã 07627 là Xã Đại Sơn, không phải "Xã Tân An": hãy kiểm tra lại mã hoặc tên.')).toBeVisible();
  await app.screenshot('nhap-xa-kho-khan-loi');
  const download = page.waitForEvent('download');
  await org.wizard().getByRole('button', { name: 'Tải các dòng lỗi (.xlsx)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Xã khu vực III - các dòng lỗi \d{2}-\d{2}-\d{4}\.xlsx$/);
  await org.commitImport();
  await org.closeWizard();
  await expect(page.getByText('1 thời kỳ được ghi')).toBeVisible();

  // A founding date in the future.
  await org.openTab('Danh sách');
  await page.getByRole('button', { name: 'Thêm mới' }).click();
  const form = org.branchForm('Thêm tổ chức Hội');
  await form.getByRole('textbox', { name: 'Ngày thành lập' }).fill('01/01/2099');
  await form.getByRole('textbox', { name: 'Tên tổ chức' }).fill('Chi hội tương lai');
  await form.getByRole('combobox', { name: 'Loại tổ chức', exact: true }).click();
  await page.getByRole('option', { name: 'Chi hội cơ quan', exact: true }).click();
  await org.pick(form, 'Địa bàn (đơn vị hành chính vào ngày thành lập)', 'bac ninh', /^Tỉnh Bắc Ninh/);
  await form.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(form.getByText(/^Ngày thành lập không được sau hôm nay \(\d{2}\/\d{2}\/\d{4}\)\.$/).first()).toBeVisible();
  await app.screenshot('to-chuc-hoi-ngay-tuong-lai');

  // Dissolving the commune association asks what becomes of its school chi hội.
  await page.goto(`${app.host.origin}/#/organization/branches/${commune}`);
  await page.getByRole('button', { name: 'Giải thể' }).click();
  const dissolve = page.getByRole('form', { name: 'Giải thể Hội Bảo vệ quyền trẻ em xã Vân Sơn?' });
  await dissolve.getByRole('textbox', { name: 'Ngày giải thể' }).fill('01/06/2025');
  await dissolve.getByRole('textbox', { name: 'Lý do giải thể' }).fill('Sáp nhập xã');
  await dissolve.getByRole('button', { name: 'Giải thể' }).click();
  await expect(dissolve.getByText('Tổ chức trực thuộc còn hoạt động cần được xử lý. Hãy chọn một cách dưới đây.')).toBeVisible();
  await app.screenshot('giai-the-hoi-con-chi-hoi');
  await dissolve.getByRole('radio', { name: 'Chuyển lên trực thuộc "Hội Bảo vệ quyền trẻ em huyện Sơn Động"' }).check();
  await dissolve.getByRole('button', { name: 'Giải thể' }).click();
  await expect(page.getByText('Đã giải thể ngày 01/06/2025: Sáp nhập xã.')).toBeVisible();

  // The district association cannot be put under its own (moved-up) chi hội.
  await page.goto(`${app.host.origin}/#/organization/branches/${district}`);
  const districtForm = org.branchForm('Hội Bảo vệ quyền trẻ em huyện Sơn Động');
  await org.pick(districtForm, 'Trực thuộc', 'thcs van son', /^Chi hội Trường THCS Vân Sơn/);
  await districtForm.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(districtForm.getByText(/sẽ tạo thành vòng lặp\.$/).first()).toBeVisible();
  await app.expectNoHorizontalScroll();
  await app.screenshot('to-chuc-hoi-vong-lap');
});
