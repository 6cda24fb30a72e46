import { expect, test } from '../fixtures';

test('the secretary corrects the profile: a wrong value is explained, the right one is kept after a reload', async ({ app, profile, loginAs }) => {
  await loginAs('thu_ky');
  await app.goTo('Cài đặt');
  await expect(profile.field('Tên đơn vị')).toHaveValue('Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang');
  await profile.fill({ 'Điện thoại': '0204 38a5', 'E-mail': 'hoibvqte@', 'Chữ viết tắt trong số văn bản': 'hb vq' });
  await profile.expectError('Điện thoại', 'Số điện thoại không hợp lệ: chỉ gồm chữ số, bắt đầu bằng 0 hoặc +84, ví dụ 0204 3855 123.');
  await profile.expectError('E-mail', 'Địa chỉ e-mail không hợp lệ, ví dụ hoibvqte@bacgiang.gov.vn.');
  await profile.save();
  await expect(profile.field('Chữ viết tắt trong số văn bản')).toBeFocused();
  await app.screenshot('thong-tin-don-vi-loi');

  await profile.fill({ 'Điện thoại': '0204 3855 123', 'E-mail': 'hoibvqte@bacgiang.gov.vn', 'Chữ viết tắt trong số văn bản': 'HBVQTE', 'Địa chỉ': 'Số 2 đường Nguyễn Văn Cừ, thành phố Bắc Giang' });
  await profile.save();
  await profile.expectSaved();

  await app.reload();
  await expect(profile.field('Điện thoại')).toHaveValue('0204 3855 123');
  await expect(profile.field('E-mail')).toHaveValue('hoibvqte@bacgiang.gov.vn');
  await expect(profile.field('Địa chỉ')).toHaveValue('Số 2 đường Nguyễn Văn Cừ, thành phố Bắc Giang');
  await expect(profile.versionList().getByText('Từ 01/01/2024')).toBeVisible();
  await app.screenshot('thong-tin-don-vi');
});

test('a new version from 01/07/2025 keeps the 2024 version for past periods', async ({ app, profile, page, loginAs }) => {
  await loginAs('thu_ky');
  await app.goTo('Cài đặt');
  await profile.addVersion();
  await profile.fill({ 'Áp dụng từ ngày': '31/02/2025' });
  await profile.expectError('Áp dụng từ ngày', 'Ngày không hợp lệ: tháng 2 năm 2025 không có ngày 31.');
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
