import { SECTIONS } from '../../../renderer/src/app/navigation';
import { expect, test } from '../fixtures';

test('every section of the product opens, in Vietnamese, at 1366×768', async ({ app, page, loginAs }) => {
  await loginAs('thu_ky');
  await app.screenshot('tong-quan');
  for (const section of SECTIONS) {
    await app.goTo(section.label);
    if (!section.built) await expect(page.getByText('Chức năng đang được xây dựng')).toBeVisible();
    await app.expectNoHorizontalScroll();
    await app.screenshot(`section-${section.path.replace(/\W+/g, '') || 'home'}`);
  }
});

test('the database check runs as a job with progress and reports a sound database', async ({ app, page, loginAs }) => {
  await loginAs('thu_ky');
  await app.goTo('Cài đặt');
  await page.getByRole('tab', { name: 'Kiểm tra dữ liệu' }).click();
  await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
  const job = page.getByRole('status', { name: 'Kiểm tra dữ liệu' });
  await expect(job).toHaveAttribute('data-job-status', 'succeeded');
  await expect(page.getByText('Dữ liệu nguyên vẹn, không phát hiện lỗi.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'admin_units' })).toBeVisible();
  await app.screenshot('cai-dat-kiem-tra-du-lieu');
});
