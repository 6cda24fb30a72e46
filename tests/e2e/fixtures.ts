import { test as base, expect } from '@playwright/test';
import { startTestHost, type TestHost } from './host';
import { AppShellPage } from './pages/app-shell-page';
import { ProfilePage } from './pages/profile-page';

interface Fixtures {
  host: TestHost;
  app: AppShellPage;
  profile: ProfilePage;
}

/** Every test gets its own host on a fresh data folder, and the app opened in Chromium. */
export const test = base.extend<Fixtures>({
  host: async ({}, use) => {
    const host = await startTestHost();
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    const app = new AppShellPage(page, host);
    await app.open();
    await use(app);
  },
  profile: async ({ page }, use) => {
    await use(new ProfilePage(page));
  },
});

export { expect };
