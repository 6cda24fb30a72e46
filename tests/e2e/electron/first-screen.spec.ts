import { SetupPage } from '../pages/setup-page';
import { expect, test } from './fixtures';

const RECOVERY_CODE = /^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/;

test('first run of the packaged app: the setup wizard, the recovery code, then the main screen — in Vietnamese', async ({ electronApp, appWindow }) => {
  await expect(appWindow).toHaveURL(/^app:\/\/sohoi\//);
  await expect(appWindow).toHaveTitle('Sổ Hội');
  await expect(appWindow.locator('html')).toHaveAttribute('lang', 'vi');
  expect(electronApp.windows()).toHaveLength(1);

  const setup = new SetupPage(appWindow);
  await expect(setup.form).toBeVisible();
  await appWindow.screenshot({ path: test.info().outputPath('thiet-lap.png') });
  await setup.fillOrganization({ name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang', abbreviation: 'HBVQTE', placeName: 'Bắc Giang' });
  await setup.next();
  await setup.fillAdministrator({ username: 'quantri', displayName: 'Nguyễn Thị Quản Trị', password: 'mat-khau-quan-tri', confirm: 'mat-khau-quan-tri' });
  await setup.finish();
  await expect(setup.recoveryCode()).toHaveText(RECOVERY_CODE);
  await setup.acknowledgeRecoveryCode();

  await expect(appWindow.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  await expect(appWindow.getByRole('heading', { name: 'Hội Bảo vệ quyền trẻ em tỉnh Bắc Giang' })).toBeVisible();
  await appWindow.screenshot({ path: test.info().outputPath('man-hinh-chinh.png') });
});

test('the renderer reaches the core through the preload bridge only, and never holds the session token', async ({ appWindow }) => {
  const status = await appWindow.evaluate(() => window.bridge?.invoke('setup.status', {}));
  expect(status).toEqual({ ok: true, value: { needsSetup: true } });
  const globals = await appWindow.evaluate(() => ({
    bridge: Object.keys(window.bridge ?? {}).sort(),
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    ipcRenderer: typeof (window.bridge as { ipcRenderer?: unknown } | undefined)?.ipcRenderer,
    cookie: document.cookie,
  }));
  expect(globals).toEqual({ bridge: ['invoke', 'onEvent', 'platform'], require: 'undefined', process: 'undefined', ipcRenderer: 'undefined', cookie: '' });
});

test('the content security policy stops inline scripts', async ({ appWindow }) => {
  const policy = await appWindow.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
  expect(policy).toContain("script-src 'self'");
  const ran = await appWindow.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inlineRan = "yes"';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return document.body.dataset.inlineRan ?? 'no';
  });
  expect(ran).toBe('no');
});
