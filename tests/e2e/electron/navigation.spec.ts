import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { captureOpenExternal, clickLink, expect, test } from './fixtures';

const OUTSIDE = 'https://example.invalid/trang-ngoai';
const HELPLINE = 'https://tongdai111.vn/';

for (const target of ['', '_blank'] as const) {
  test(`a link to an outside page${target ? ' in a new window' : ''} is blocked; the helpline opens in the browser`, async ({ electronApp, appWindow }) => {
    const opened = await captureOpenExternal(electronApp);
    const appUrl = appWindow.url();
    await clickLink(appWindow, OUTSIDE, target);
    await clickLink(appWindow, HELPLINE, target);
    // Main handles navigation requests in order: once the helpline is opened, the outside link was refused.
    await expect.poll(opened).toEqual([HELPLINE]);
    expect(appWindow.url()).toBe(appUrl);
    expect(electronApp.windows()).toHaveLength(1);
  });
}

test('the page cannot send itself to another site', async ({ electronApp, appWindow }) => {
  const opened = await captureOpenExternal(electronApp);
  const appUrl = appWindow.url();
  await appWindow.evaluate((url) => {
    window.location.href = url;
  }, OUTSIDE);
  await clickLink(appWindow, HELPLINE, '');
  await expect.poll(opened).toEqual([HELPLINE]);
  expect(appWindow.url()).toBe(appUrl);
  await expect(appWindow.getByRole('form', { name: 'Thiết lập Sổ Hội' })).toBeVisible();
});

test('a redirect cannot replace the app with an outside page', async ({ electronApp, appWindow }) => {
  const appUrl = appWindow.url();
  const server = createServer((_request, response) => {
    response.writeHead(302, { Location: OUTSIDE });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    // A main-process loadURL skips will-navigate; the redirect guard must still stop it.
    await electronApp.evaluate(async ({ BrowserWindow }, port) => {
      await BrowserWindow.getAllWindows()[0]?.loadURL(`http://127.0.0.1:${port}/`).catch(() => undefined);
    }, port);
    expect(appWindow.url()).not.toContain('example.invalid');
    expect(appWindow.url()).toMatch(/^(app:\/\/sohoi\/|http:\/\/127\.0\.0\.1)/);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  expect(appUrl).toMatch(/^app:\/\/sohoi\//);
});
