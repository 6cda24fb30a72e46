import { ADMIN, completeSetup } from '../host-client';
import { expect, test } from '../fixtures';
import { SetupPage } from '../pages/setup-page';

const RECOVERY_CODE = /^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/;

test('first run: the wizard sets up the organisation and the administrator, and shows the recovery code once', async ({ app, page }) => {
  const setup = new SetupPage(page);
  await expect(setup.form).toBeVisible();
  await expect(app.navigation).toBeHidden();
  await app.screenshot('thiet-lap-buoc-1');
  await setup.fillOrganization({ name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang', abbreviation: 'hb vq', placeName: 'Bắc Giang' });
  await setup.next();
  await setup.expectError('Chữ viết tắt chỉ gồm chữ in hoa không dấu và chữ số, nối bằng dấu gạch ngang, ví dụ HBVQTE.');
  await setup.field('Chữ viết tắt trong số văn bản').fill('HBVQTE');
  await setup.next();

  await setup.fillAdministrator({ username: 'quantri', displayName: 'Nguyễn Thị Quản Trị', password: 'mat-khau-quan-tri', confirm: 'mat-khau-khac' });
  await setup.expectError('Hai lần nhập mật khẩu không khớp.');
  await setup.fillAdministrator({ username: 'quantri', displayName: 'Nguyễn Thị Quản Trị', password: 'mat-khau-quan-tri', confirm: 'mat-khau-quan-tri' });
  await app.screenshot('thiet-lap-buoc-2');
  await setup.finish();

  await expect(setup.recoveryCode()).toHaveText(RECOVERY_CODE);
  await app.screenshot('thiet-lap-ma-khoi-phuc');
  await setup.acknowledgeRecoveryCode();
  await expect(page.getByRole('heading', { name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang' })).toBeVisible();

  await app.logout('Nguyễn Thị Quản Trị');
  await app.screenshot('dang-nhap');
});

test('five wrong passwords lock the account; the right one is refused during the lock', async ({ app, admin, login }) => {
  await completeSetup(admin);
  await app.reload();
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await login.login(ADMIN.username, 'sai-mat-khau');
    await login.expectRefused(`Tên đăng nhập hoặc mật khẩu không đúng. Còn ${5 - attempt} lần thử trước khi tài khoản bị tạm khóa.`);
  }
  await login.login(ADMIN.username, 'sai-mat-khau');
  await login.expectRefused('Tài khoản tạm khóa do nhập sai mật khẩu 5 lần. Hãy thử lại sau 5 phút.');
  await login.login(ADMIN.username, ADMIN.password);
  await login.expectRefused('Tài khoản tạm khóa do nhập sai mật khẩu 5 lần. Hãy thử lại sau 5 phút.');
  await expect(app.navigation).toBeHidden();
  await app.screenshot('dang-nhap-tam-khoa');
});

test('the recovery code resets a forgotten administrator password and is replaced by a new one', async ({ app, admin, login, page }) => {
  const code = await completeSetup(admin);
  await app.reload();
  await page.getByRole('button', { name: 'Quên mật khẩu quản trị?' }).click();
  const form = page.getByRole('form', { name: 'Đặt lại mật khẩu quản trị' });
  await form.getByRole('textbox', { name: 'Tên đăng nhập của quản trị viên' }).fill(ADMIN.username);
  await form.getByRole('textbox', { name: 'Mã khôi phục' }).fill(code.toLowerCase().replaceAll('-', ' '));
  await form.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)').fill('mat-khau-moi-123');
  await form.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-123');
  await app.screenshot('khoi-phuc-mat-khau');
  await form.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();

  const setup = new SetupPage(page);
  await expect(setup.recoveryCode()).toHaveText(RECOVERY_CODE);
  await expect(setup.recoveryCode()).not.toHaveText(code);
  await setup.acknowledgeRecoveryCode();
  await expect(app.navigation).toBeVisible();

  await app.logout(ADMIN.displayName);
  await login.login(ADMIN.username, 'mat-khau-moi-123');
  await expect(app.navigation).toBeVisible();
});

test('after ten idle minutes the screen locks; the half-filled form is still there after unlocking', async ({ app, page, profile, login, loginAs }) => {
  await page.clock.install();
  const me = await loginAs('thu_ky');
  await app.goTo('Cài đặt');
  await profile.field('Địa chỉ').fill('Số 2 đường Nguyễn Văn');
  await page.clock.fastForward('10:30');
  await expect(login.lockScreen).toBeVisible();
  await expect(profile.form).not.toBeInViewport({ ratio: 1 });
  await app.screenshot('man-hinh-khoa');
  await login.lockScreen.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await login.lockScreen.getByRole('button', { name: 'Mở khóa' }).click();
  await expect(login.lockScreen.getByRole('alert')).toContainText('Mật khẩu không đúng.');
  await login.unlock(me.password);
  await expect(profile.field('Địa chỉ')).toHaveValue('Số 2 đường Nguyễn Văn');
});
