import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { BackupPage } from '../pages/backup-page';

const PASSPHRASE = 'cây bàng đỏ trước sân trường cũ';
const OLD_ADDRESS = '';
const NEW_ADDRESS = 'Số 9 đường Nguyễn Văn Cừ, thành phố Bắc Giang';

test('the administrator backs up to the USB stick, and a restore takes the data back to it', async ({ app, page, profile, login, loginAs, host }) => {
  const credentials = await loginAs('quan_tri');
  const backup = new BackupPage(page);
  await app.goTo('Sao lưu');
  await expect(page.getByText('Chưa có cụm mật khẩu sao lưu')).toBeVisible();

  // The passphrase: typed twice, with its strength; then the recovery sheet to print.
  await backup.openTab('Cụm mật khẩu và cài đặt');
  await backup.choosePassphrase(PASSPHRASE);
  await expect(backup.strength()).toHaveText('Mạnh');
  await app.screenshot('sao-luu-cum-mat-khau');
  await backup.savePassphrase();
  await expect(backup.recoverySheet).toBeVisible();
  await expect(backup.recoverySheet.locator('[data-recovery-passphrase]')).toHaveText(PASSPHRASE);
  await expect(backup.recoverySheet).toContainText('Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang');
  await app.screenshot('sao-luu-to-khoi-phuc');
  await backup.closeRecoverySheet();

  // One click to the stand-in USB folder; the verdict says where, how big, how long, verified.
  await backup.openTab('Sao lưu ra USB');
  await expect(page.getByRole('radio', { name: /Thư mục thay USB 1/ })).toBeChecked();
  await backup.backUp();
  await expect(backup.result).toContainText('Đã sao lưu và kiểm tra ✓');
  await expect(backup.result).toContainText(join(host.usbDir, 'SoHoi-SaoLuu'));
  await app.screenshot('sao-luu-ket-qua');
  const [fileName] = readdirSync(join(host.usbDir, 'SoHoi-SaoLuu'));
  if (!fileName) throw new Error('no backup on the stick');
  await expect(backup.result).toContainText(fileName);

  // A record added after the backup.
  await app.goTo('Cài đặt');
  await profile.fill({ 'Địa chỉ': NEW_ADDRESS });
  await profile.save();
  await profile.expectSaved();

  // A wrong passphrase: the Vietnamese message, and nothing changes.
  await app.goTo('Sao lưu');
  await backup.openTab('Khôi phục');
  await backup.chooseFile(join(host.usbDir, 'SoHoi-SaoLuu', fileName));
  await app.screenshot('khoi-phuc-thong-tin');
  await backup.typeRestorePassphrase('một cụm mật khẩu sai');
  await backup.restore();
  await expect(page.getByText(/^Cụm mật khẩu không đúng\./).first()).toBeVisible();
  await app.screenshot('khoi-phuc-sai-cum-mat-khau');
  await app.goTo('Cài đặt');
  await expect(profile.field('Địa chỉ')).toHaveValue(NEW_ADDRESS);

  // The right one: every step ticked, then everyone logs in again and the record is gone.
  await app.goTo('Sao lưu');
  await backup.openTab('Khôi phục');
  await backup.chooseFile(join(host.usbDir, 'SoHoi-SaoLuu', fileName));
  await backup.typeRestorePassphrase(PASSPHRASE);
  await backup.restore();
  await expect(page.getByText('Đã khôi phục dữ liệu')).toBeVisible({ timeout: 30_000 });
  await expect(backup.steps().getByRole('listitem')).toHaveCount(7);
  await app.screenshot('khoi-phuc-cac-buoc');
  await page.getByRole('button', { name: 'Đăng nhập lại' }).click();
  await login.login(credentials.username, credentials.password);
  await expect(app.navigation).toBeVisible();
  await app.goTo('Cài đặt');
  await expect(profile.field('Địa chỉ')).toHaveValue(OLD_ADDRESS);

  // The data the restore replaced is kept in an automatic backup, listed with its reason.
  await app.goTo('Sao lưu');
  await backup.openTab('Bản sao lưu tự động');
  await expect(page.getByRole('table', { name: 'Bản sao lưu tự động' }).getByText('Trước khi khôi phục')).toBeVisible();
  await app.screenshot('sao-luu-tu-dong');
});

test('the home screen reminds of the last USB backup, and warns with a button when there was none', async ({ app, page, loginAs }) => {
  await loginAs('thu_ky');
  const reminder = page.locator('[data-backup-reminder]');
  await expect(reminder).toContainText('Chưa sao lưu ra USB lần nào.');
  await expect(reminder.getByRole('link', { name: 'Sao lưu ngay' })).toBeVisible();
  await app.screenshot('tong-quan-nhac-sao-luu');
  await reminder.getByRole('link', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText('Hãy nhờ quản trị viên đặt cụm mật khẩu sao lưu trước lần sao lưu đầu tiên.')).toBeVisible();
});
