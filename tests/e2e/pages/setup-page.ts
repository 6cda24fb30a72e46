import { expect, type Page } from '@playwright/test';

/** The first-run wizard. */
export class SetupPage {
  constructor(readonly page: Page) {}

  get form() {
    return this.page.getByRole('form', { name: 'Thiết lập Sổ Hội' });
  }

  field(label: string) {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }

  async fillOrganization(values: { name: string; abbreviation: string; placeName: string }): Promise<void> {
    await this.field('Tên đơn vị').fill(values.name);
    await this.field('Chữ viết tắt trong số văn bản').fill(values.abbreviation);
    await this.field('Địa danh ghi ngày tháng').fill(values.placeName);
  }

  async next(): Promise<void> {
    await this.form.getByRole('button', { name: 'Tiếp tục' }).click();
  }

  async fillAdministrator(values: { username: string; displayName: string; password: string; confirm: string }): Promise<void> {
    await this.field('Tên đăng nhập').fill(values.username);
    await this.field('Họ và tên').fill(values.displayName);
    await this.form.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)').fill(values.password);
    await this.form.getByLabel('Nhập lại mật khẩu mới').fill(values.confirm);
    await this.form.getByLabel('Nhập lại mật khẩu mới').blur();
  }

  async finish(): Promise<void> {
    await this.form.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
  }

  recoveryCode() {
    return this.page.locator('[data-recovery-code]');
  }

  async acknowledgeRecoveryCode(): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Tôi đã in hoặc ghi lại mã khôi phục' }).check();
    await this.page.getByRole('button', { name: 'Vào Sổ Hội' }).click();
  }

  async expectError(message: string): Promise<void> {
    await expect(this.form.getByText(message, { exact: true })).toBeVisible();
  }
}
