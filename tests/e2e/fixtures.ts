import { test as base, expect } from '@playwright/test';
import type { Role } from '../../shared/permissions';
import { startTestHost, type TestHost } from './host';
import { ADMIN, completeSetup, HostClient } from './host-client';
import { AppShellPage } from './pages/app-shell-page';
import { LoginPage } from './pages/login-page';
import { ProfilePage } from './pages/profile-page';

export interface Credentials {
  username: string;
  password: string;
}

interface Fixtures {
  host: TestHost;
  admin: HostClient;
  app: AppShellPage;
  login: LoginPage;
  profile: ProfilePage;
  /** Sets Sổ Hội up (first run over the API), makes an account with `role`, and logs in as it in the browser. */
  loginAs(role: Role): Promise<Credentials>;
}

/** Every test gets its own host on a fresh data folder, and the app opened in Chromium. */
export const test = base.extend<Fixtures>({
  host: async ({}, use) => {
    const host = await startTestHost();
    await use(host);
    await host.stop();
  },
  admin: async ({ host }, use) => {
    await use(new HostClient(host));
  },
  app: async ({ page, host }, use) => {
    const app = new AppShellPage(page, host);
    await page.goto(host.url);
    await use(app);
  },
  login: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
  profile: async ({ page }, use) => {
    await use(new ProfilePage(page));
  },
  loginAs: async ({ admin, app, login, host }, use) => {
    await use(async (role) => {
      await completeSetup(admin);
      const credentials = role === 'quan_tri' ? ADMIN : await createAccount(admin, host, role);
      await app.reload();
      await login.login(credentials.username, credentials.password);
      await expect(app.navigation).toBeVisible();
      return credentials;
    });
  },
});

/** An account with `role` whose first-login password change is already done. */
async function createAccount(admin: HostClient, host: TestHost, role: Role): Promise<Credentials> {
  const username = role.replace(/_/g, '.');
  const password = `mat-khau-${role}`;
  await admin.call('accounts.create', { username, displayName: `Người dùng ${role}`, role, temporaryPassword: 'mat-khau-tam' });
  const user = new HostClient(host);
  await user.call('auth.login', { username, password: 'mat-khau-tam' });
  await user.call('auth.changePassword', { currentPassword: 'mat-khau-tam', newPassword: password, confirmPassword: password });
  return { username, password };
}

export { expect };
