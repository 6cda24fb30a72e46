import { expect, type Page } from '@playwright/test';

/** Cài đặt → Thông tin đơn vị, as the secretary sees it. */
export class ProfilePage {
  constructor(readonly page: Page) {}

  get form() {
    return this.page.getByRole('form', { name: 'Thông tin đơn vị' });
  }

  field(label: string) {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      await this.field(label).fill(value);
      await this.field(label).blur();
    }
  }

  async expectError(label: string, message: string): Promise<void> {
    const input = this.field(label);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(this.form.getByText(message, { exact: true })).toBeVisible();
  }

  private savedToasts() {
    return this.page.getByText('Đã lưu thông tin đơn vị', { exact: true });
  }

  private toastsBeforeSave = 0;

  async save(): Promise<void> {
    this.toastsBeforeSave = await this.savedToasts().count();
    await this.form.getByRole('button', { name: 'Lưu', exact: true }).click();
  }

  /** Waits for the toast of this save (earlier toasts may still be on screen). */
  async expectSaved(): Promise<void> {
    await expect(this.savedToasts()).toHaveCount(this.toastsBeforeSave + 1);
  }

  versionList() {
    return this.page.getByRole('list', { name: 'Các phiên bản theo thời gian' });
  }

  async addVersion(): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm phiên bản mới' }).click();
    await expect(this.field('Áp dụng từ ngày')).toBeEnabled();
  }
}
