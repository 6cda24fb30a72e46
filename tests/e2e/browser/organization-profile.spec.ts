import { expect, test } from '../fixtures';

test('the secretary fills the profile, fixes a wrong value, saves, and finds it after a reload', async ({ app, profile }) => {
  await app.goTo('Cài đặt');
  await expect(profile.form).toBeVisible();
  await profile.fill({
    'Áp dụng từ ngày': '31/02/2024',
    'Tên đơn vị': 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang',
    'Tên cơ quan chủ quản (dòng trên cùng bên trái)': 'Hội Bảo vệ quyền trẻ em Việt Nam',
    'Chữ viết tắt trong số văn bản': 'HBVQTE',
    'Địa danh ghi ngày tháng': 'Bắc Giang',
    'Điện thoại': '0204 38a5',
  });
  await profile.expectError('Áp dụng từ ngày', 'Ngày không hợp lệ: tháng 2 năm 2024 không có ngày 31.');
  await profile.expectError('Điện thoại', 'Số điện thoại không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84, ví dụ 0204 3855 123.');
  await profile.save();
  await expect(profile.field('Áp dụng từ ngày')).toBeFocused();
  await app.screenshot('thong-tin-don-vi-loi');

  await profile.fill({ 'Áp dụng từ ngày': '01/01/2024', 'Điện thoại': '0204 3855 123' });
  await profile.field('Chức vụ').fill('Chủ tịch');
  await profile.field('Họ và tên').fill('Nguyễn Văn An');
  await profile.field('Thẩm quyền ký').fill('TM. BAN THƯỜNG VỤ');
  await profile.save();
  await profile.expectSaved();

  await app.reload();
  await expect(profile.field('Tên đơn vị')).toHaveValue('Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang');
  await expect(profile.field('Điện thoại')).toHaveValue('0204 3855 123');
  await expect(profile.field('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await expect(profile.versionList().getByText('Từ 01/01/2024')).toBeVisible();
  await app.screenshot('thong-tin-don-vi');
});

test('a new version from 01/07/2025 keeps the 2024 version for past periods', async ({ app, profile, page }) => {
  await app.goTo('Cài đặt');
  await profile.fill({
    'Áp dụng từ ngày': '01/01/2024',
    'Tên đơn vị': 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang',
    'Chữ viết tắt trong số văn bản': 'HBVQTE',
    'Địa danh ghi ngày tháng': 'Bắc Giang',
  });
  await profile.field('Chức vụ').fill('Chủ tịch');
  await profile.field('Họ và tên').fill('Nguyễn Văn An');
  await profile.save();
  await profile.expectSaved();

  await profile.addVersion();
  await profile.fill({ 'Áp dụng từ ngày': '01/07/2025', 'Tên đơn vị': 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Ninh', 'Địa danh ghi ngày tháng': 'Bắc Ninh' });
  await profile.save();
  await profile.expectSaved();

  const versions = profile.versionList();
  await expect(versions.getByText('01/01/2024 – 30/06/2025')).toBeVisible();
  await expect(versions.getByText('Từ 01/07/2025')).toBeVisible();
  await app.screenshot('thong-tin-don-vi-hai-phien-ban');

  await versions.getByText('01/01/2024 – 30/06/2025').click();
  await expect(profile.field('Tên đơn vị')).toHaveValue('Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang');
  await expect(page.getByText('Bắc Giang, ngày', { exact: false })).toBeVisible();
});
