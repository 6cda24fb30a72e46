import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { startTestHost } from '../host';
import { ADMIN, completeSetup } from '../host-client';

const PASSPHRASE = 'cây bàng đỏ trước sân trường cũ';

test('on a new PC, the first-run screen restores from the USB backup, and the old accounts log in', async ({ app, page, login, admin, host }) => {
  // The old PC: set up, a passphrase, one backup on the stick (verified once `lastUsbAt` is set).
  await completeSetup(admin);
  await admin.call('backup.passphrase.set', { passphrase: PASSPHRASE, confirmPassphrase: PASSPHRASE, remember: true });
  await admin.call('backup.run', { destination: host.usbDir });
  await expect.poll(async () => (await admin.call<{ lastUsbAt: string | null }>('backup.status', {})).lastUsbAt, { timeout: 30_000 }).not.toBeNull();
  const folder = join(host.usbDir, 'SoHoi-SaoLuu');
  const [fileName] = readdirSync(folder);
  if (!fileName) throw new Error('no backup on the stick');

  const newPc = await startTestHost();
  try {
    await page.goto(newPc.url);
    await expect(page.getByRole('form', { name: 'Thiết lập Sổ Hội' })).toBeVisible();
    await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Chọn tệp sao lưu…' }).click();
    await (await chooser).setFiles(join(folder, fileName));
    await expect(dialog.locator('[data-backup-header]')).toContainText(fileName);
    await dialog.getByLabel('Cụm mật khẩu sao lưu').fill('không phải cụm này');
    await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await expect(dialog.getByText(/^Cụm mật khẩu không đúng\./)).toBeVisible();
    await dialog.getByLabel('Cụm mật khẩu sao lưu').fill(PASSPHRASE);
    await app.screenshot('thiet-lap-khoi-phuc');
    await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await expect(dialog.getByText('Đã khôi phục. Hãy đăng nhập bằng tài khoản trong bản sao lưu.')).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Đăng nhập lại' }).click();
    await login.login(ADMIN.username, ADMIN.password);
    await expect(app.navigation).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang' })).toBeVisible();
  } finally {
    await newPc.stop();
  }
});
