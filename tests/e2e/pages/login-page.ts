import { expect, type Page } from '@playwright/test';

/** The screens before the app: login, recovery, lock, forced password change. */
export class LoginPage {
  constructor(readonly page: Page) {}

  get form() {
    return this.page.getByRole('form', { name: 'Đăng nhập' });
  }

  async login(username: string, password: string): Promise<void> {
    await this.form.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
    await this.form.getByLabel('Mật khẩu').fill(password);
    await this.form.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  async expectRefused(message: string | RegExp): Promise<void> {
    await expect(this.form.getByRole('alert')).toHaveText(message);
  }

  async changePassword(current: string, next: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Đổi mật khẩu' });
    await form.getByLabel('Mật khẩu hiện tại').fill(current);
    await form.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)').fill(next);
    await form.getByLabel('Nhập lại mật khẩu mới').fill(next);
    await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  }

  get lockScreen() {
    return this.page.getByRole('dialog', { name: 'Màn hình đã khóa' });
  }

  async unlock(password: string): Promise<void> {
    await this.lockScreen.getByLabel('Mật khẩu').fill(password);
    await this.lockScreen.getByRole('button', { name: 'Mở khóa' }).click();
    await expect(this.lockScreen).toBeHidden();
  }
}
