import ExcelJS from 'exceljs';
import { expect, type Download, type Page } from '@playwright/test';

/** Hội viên → "Nhập từ Excel" / "Xuất Excel": the wizard and the downloaded files. */
export class MembersImportPage {
  constructor(readonly page: Page) {}

  wizard() {
    return this.page.getByRole('dialog', { name: 'Nhập danh sách hội viên' });
  }

  async chooseFile(file: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.wizard().getByRole('button', { name: 'Chọn tệp Excel…' }).click();
    await (await chooser).setFiles(file);
    await expect(this.wizard().getByRole('table', { name: 'Ghép cột' })).toBeVisible();
  }

  async check(): Promise<void> {
    await this.wizard().getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await expect(this.wizard().getByRole('table', { name: 'Xem trước' })).toBeVisible();
  }

  summary() {
    return this.wizard().getByRole('list', { name: 'Những gì sẽ thay đổi' });
  }

  /** The preview's headline: "x dòng hợp lệ · y dòng lỗi · z dòng trùng …". */
  headline() {
    return this.wizard().getByRole('status').filter({ hasText: 'dòng hợp lệ' });
  }

  sheetPicker() {
    return this.wizard().getByRole('combobox', { name: 'Trang tính' });
  }

  /** Picks another sheet of the file; the mapping step then shows that sheet. */
  async pickSheet(option: RegExp): Promise<void> {
    await this.sheetPicker().click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Asks to create a new branch for a name of the file: parent typed without accents, kind, founding date. */
  async createBranch(name: string, parent: { typed: string; option: RegExp }, kind: string, founded: string): Promise<void> {
    const row = this.wizard().getByRole('group', { name: `Cách xử lý "${name}"` });
    await row.getByText('Tạo chi hội mới', { exact: true }).click();
    const parentInput = row.getByRole('combobox', { name: 'Trực thuộc (tổ chức cấp trên)' });
    await parentInput.click();
    await parentInput.fill(parent.typed);
    await this.page.getByRole('option', { name: parent.option }).first().click();
    await row.getByRole('combobox', { name: 'Loại tổ chức' }).click();
    await this.page.getByRole('option', { name: kind, exact: true }).click();
    await row.getByRole('textbox', { name: 'Ngày thành lập' }).fill(founded);
  }

  async recheck(): Promise<void> {
    await this.wizard().getByRole('button', { name: 'Áp dụng và kiểm tra lại' }).click();
  }

  /** Maps a branch name of the file to an existing branch, typed without accents, and re-checks. */
  async mapBranch(name: string, typed: string, option: RegExp): Promise<void> {
    const input = this.wizard().getByRole('combobox', { name: `Ghép "${name}" với chi hội`, exact: true });
    await input.click();
    await input.fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
    await this.recheck();
    await expect(this.wizard().getByRole('combobox', { name: `Ghép "${name}" với chi hội` })).toBeHidden();
    await expect(this.wizard().getByRole('table', { name: 'Xem trước' })).toBeVisible();
  }

  async downloadFrom(button: string, scope: 'wizard' | 'page'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await (scope === 'wizard' ? this.wizard() : this.page).getByRole('button', { name: button }).click();
    return download;
  }

  async commit(): Promise<void> {
    await this.wizard().getByRole('button', { name: /^Nhập \d+ dòng hợp lệ$/ }).click();
    await expect(this.wizard().getByText('Đã nhập xong')).toBeVisible();
    await this.wizard().getByRole('button', { name: 'Đóng', exact: true }).click();
    await expect(this.wizard()).toBeHidden();
  }
}

/** The first sheet of a downloaded .xlsx, its rows as plain values (row 1 = header). */
export async function downloadedRows(download: Download): Promise<unknown[][]> {
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
