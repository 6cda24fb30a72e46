import { expect, type Page } from '@playwright/test';

/** Tổ chức Hội: branches, the tree, units and flags, as the secretary uses them. */
export class OrganizationPage {
  constructor(readonly page: Page) {}

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
    await expect(this.page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  /** Types into a searchable picker (without accents, as a user would) and picks the option. */
  async pick(scope: ReturnType<Page['getByRole']> | Page, label: string, typed: string, option: string | RegExp): Promise<void> {
    const input = scope.getByRole('combobox', { name: label, exact: true });
    await input.click();
    await input.fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** The import wizard: choose the file, fill the values asked once, check, then commit. */
  async importFile(button: string, file: string, options: Record<string, string> = {}): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    const wizard = this.page.getByRole('dialog');
    const chooser = this.page.waitForEvent('filechooser');
    await wizard.getByRole('button', { name: 'Chọn tệp Excel…' }).click();
    await (await chooser).setFiles(file);
    await expect(wizard.getByRole('table', { name: 'Ghép cột' })).toBeVisible();
    for (const [label, value] of Object.entries(options)) await wizard.getByRole('textbox', { name: label }).fill(value);
  }

  async checkImport(): Promise<void> {
    await this.wizard().getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await expect(this.wizard().getByRole('table', { name: 'Xem trước' })).toBeVisible();
  }

  async commitImport(): Promise<void> {
    await this.wizard().getByRole('button', { name: /^Nhập \d+ dòng hợp lệ$/ }).click();
    await expect(this.wizard().getByText('Đã nhập xong')).toBeVisible();
  }

  async closeWizard(): Promise<void> {
    await this.wizard().getByRole('button', { name: 'Đóng', exact: true }).click();
    await expect(this.wizard()).toBeHidden();
  }

  wizard() {
    return this.page.getByRole('dialog');
  }

  async addFlag(unit: { typed: string; option: RegExp }, values: { from: string; to: string; decision: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm mới' }).click();
    const form = this.page.getByRole('form', { name: 'Ghi xã khu vực III, xã đặc biệt khó khăn' });
    await form.getByRole('textbox', { name: 'Từ ngày' }).fill(values.from);
    await form.getByRole('textbox', { name: 'Đến ngày (để trống nếu chưa hết hạn)' }).fill(values.to);
    await this.pick(form, 'Xã, phường, thị trấn', unit.typed, unit.option);
    await form.getByRole('textbox', { name: 'Quyết định' }).fill(values.decision);
    await form.getByRole('textbox', { name: 'Quyết định' }).press('Enter');
    await expect(form).toBeHidden();
  }

  branchForm(name: string | RegExp) {
    return this.page.getByRole('form', { name });
  }

  /** Fills the new-branch form by keyboard and saves with Enter; waits for the record page. */
  async addBranch(values: { name: string; kind: string; parent?: { typed: string; option: RegExp }; foundedOn: string; unit: { typed: string; option: RegExp } }): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm mới' }).click();
    const form = this.branchForm('Thêm tổ chức Hội');
    await form.getByRole('textbox', { name: 'Tên tổ chức' }).fill(values.name);
    await form.getByRole('combobox', { name: 'Loại tổ chức', exact: true }).click();
    await this.page.getByRole('option', { name: values.kind, exact: true }).click();
    if (values.parent) await this.pick(form, 'Trực thuộc', values.parent.typed, values.parent.option);
    await form.getByRole('textbox', { name: 'Ngày thành lập' }).fill(values.foundedOn);
    await this.pick(form, 'Địa bàn (đơn vị hành chính vào ngày thành lập)', values.unit.typed, values.unit.option);
    await form.getByRole('textbox', { name: 'Người đứng đầu' }).press('Enter');
    await expect(this.page.getByRole('heading', { level: 1, name: values.name })).toBeVisible();
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: 'Về danh sách tổ chức Hội' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Tổ chức Hội' })).toBeVisible();
  }

  branchRows() {
    return this.page.getByRole('table', { name: 'Danh sách' }).getByRole('row');
  }
}
