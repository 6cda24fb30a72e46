import { expect, type Locator, type Page } from '@playwright/test';

/** Hội viên: the list, the record page, positions and dues, as the secretary uses them. */
export class MembersPage {
  constructor(readonly page: Page) {}

  get form() {
    return this.page.getByRole('form', { name: 'Hồ sơ hội viên' });
  }

  get list() {
    return this.page.getByRole('table', { name: 'Danh sách' });
  }

  get count() {
    return this.page.getByRole('status').filter({ hasText: 'hội viên' });
  }

  field(label: string): Locator {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }

  /** Types a value and leaves the field (errors show after the first blur). */
  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      await this.field(label).fill(value);
      await this.field(label).blur();
    }
  }

  async expectError(label: string, message: string): Promise<void> {
    await expect(this.field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(this.form.getByText(message, { exact: true })).toBeVisible();
  }

  /** Types into a searchable picker without accents and picks the option. */
  async pick(scope: Locator | Page, label: string, typed: string, option: string | RegExp): Promise<void> {
    const input = scope.getByRole('combobox', { name: label, exact: true });
    await input.click();
    await input.fill(typed);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Ctrl+N from the list opens a new record with the focus in the name field. */
  async startNew(): Promise<void> {
    await this.page.keyboard.press('Control+KeyN');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Thêm hội viên' })).toBeVisible();
    await expect(this.field('Họ và tên')).toBeFocused();
  }

  async search(text: string): Promise<void> {
    const box = this.page.getByRole('textbox', { name: 'Tìm kiếm' });
    await box.fill(text);
    await expect(this.page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, '\\+')}`));
  }

  rowNames(): Locator {
    return this.list.getByRole('row').getByRole('link');
  }

  async expectRows(names: readonly string[]): Promise<void> {
    await expect(this.rowNames()).toHaveText([...names]);
  }

  /** Scrolls a long table to its end with the mouse wheel, as the secretary would. */
  async scrollToEnd(table: Locator): Promise<void> {
    await table.getByRole('row').nth(1).hover();
    await this.page.mouse.wheel(0, 100_000);
  }

  positionForm() {
    return this.page.getByRole('form', { name: 'Thêm chức vụ' });
  }

  duesForm() {
    return this.page.getByRole('form', { name: 'Ghi hội phí' });
  }
}
