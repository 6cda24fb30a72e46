import { expect, type Page } from '@playwright/test';

/** Sao lưu: the passphrase, a backup to the stand-in USB folder, a test, a restore. */
export class BackupPage {
  constructor(readonly page: Page) {}

  async openTab(name: 'Sao lưu ra USB' | 'Khôi phục' | 'Bản sao lưu tự động' | 'Cụm mật khẩu và cài đặt'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  get passphraseForm() {
    return this.page.getByRole('form', { name: 'Đặt cụm mật khẩu' });
  }

  async choosePassphrase(passphrase: string, confirm = passphrase): Promise<void> {
    await this.passphraseForm.getByLabel('Cụm mật khẩu (ít nhất 12 ký tự)').fill(passphrase);
    await this.passphraseForm.getByLabel('Nhập lại cụm mật khẩu').fill(confirm);
    await this.passphraseForm.getByLabel('Nhập lại cụm mật khẩu').blur();
  }

  strength() {
    return this.passphraseForm.locator('[data-strength]');
  }

  async savePassphrase(): Promise<void> {
    await this.passphraseForm.getByRole('button', { name: 'Đặt cụm mật khẩu' }).click();
  }

  get recoverySheet() {
    return this.page.getByRole('document', { name: 'TỜ KHÔI PHỤC BẢN SAO LƯU SỔ HỘI' });
  }

  async closeRecoverySheet(): Promise<void> {
    await this.page.getByRole('button', { name: 'Đã in hoặc chép lại, đóng tờ này' }).click();
    await expect(this.recoverySheet).toBeHidden();
  }

  async backUp(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sao lưu ra USB' }).click();
  }

  get result() {
    return this.page.locator('[data-backup-result]');
  }

  /** Picks a backup file in the browser's file chooser; the header card appears. */
  async chooseFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /^Chọn tệp (sao lưu…|khác)$/ }).click();
    await (await chooser).setFiles(path);
    await expect(this.page.locator('[data-backup-header]')).toBeVisible();
  }

  async typeRestorePassphrase(passphrase: string): Promise<void> {
    await this.page.getByLabel('Cụm mật khẩu sao lưu').fill(passphrase);
  }

  /** Khôi phục, then the confirmation that names the backup's date. */
  async restore(): Promise<void> {
    await this.page.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Khôi phục dữ liệu từ bản sao lưu ngày \d{2}\/\d{2}\/\d{4}\?$/ });
    await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  steps() {
    return this.page.locator('[data-restore-steps]');
  }
}
