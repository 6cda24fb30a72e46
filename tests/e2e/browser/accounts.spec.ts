import { expect, test } from '../fixtures';

test('an administrator creates a Xem báo cáo account; its user changes the password and sees the profile read-only', async ({ app, page, login, profile, loginAs }) => {
  const admin = await loginAs('quan_tri');
  await app.goTo('Cài đặt');
  await page.getByRole('tab', { name: 'Tài khoản' }).click();
  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const dialog = page.getByRole('form', { name: 'Thêm tài khoản' });
  await dialog.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('ketoan');
  await dialog.getByRole('textbox', { name: 'Họ và tên' }).fill('Trần Văn Bình');
  await dialog.getByLabel('Vai trò').click();
  await page.getByRole('option', { name: 'Xem báo cáo' }).click();
  await dialog.getByLabel('Mật khẩu tạm (người dùng đổi khi đăng nhập lần đầu)').fill('mat-khau-tam');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  const row = page.getByRole('row', { name: /ketoan/ });
  await expect(row).toContainText('Xem báo cáo');
  await expect(row).toContainText('Chờ đổi mật khẩu');
  await app.screenshot('tai-khoan');

  await page.getByRole('tab', { name: 'Nhật ký' }).click();
  await expect(page.getByRole('cell', { name: 'Đăng nhập', exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(page.getByText(/^Nhật ký nguyên vẹn: \d+ dòng/)).toBeVisible();
  await app.screenshot('nhat-ky');
  await app.logout(admin.username === 'quantri' ? 'Nguyễn Thị Quản Trị' : /./);

  await login.login('ketoan', 'mat-khau-tam');
  await login.changePassword('mat-khau-tam', 'mat-khau-ke-toan');
  await expect(app.navigation).toBeVisible();
  await app.goTo('Cài đặt');
  await expect(page.getByText('Tài khoản của bạn chỉ có quyền xem thông tin này.')).toBeVisible();
  await expect(profile.field('Tên đơn vị')).not.toBeEditable();
  await expect(profile.field('Tên đơn vị')).toHaveValue('Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang');
  await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Tài khoản' })).toHaveCount(0);
  await app.screenshot('thong-tin-don-vi-chi-xem');
});
