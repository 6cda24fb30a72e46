import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestHost } from '../host';

const SCREENSHOT_DIR = fileURLToPath(new URL('../../artifacts/screenshots', import.meta.url));

/** The app frame: navigation between sections, and screenshots kept as test artifacts. */
export class AppShellPage {
  constructor(
    readonly page: Page,
    readonly host: TestHost,
  ) {}

  get navigation() {
    return this.page.getByRole('navigation', { name: 'Điều hướng chính' });
  }

  async goTo(section: string): Promise<void> {
    await this.navigation.getByRole('link', { name: section, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(section);
  }

  /** Reloads the page (the session cookie stays; a signed-in user sees the app again). */
  async reload(): Promise<void> {
    await this.page.reload();
  }

  async logout(displayName: string | RegExp): Promise<void> {
    await this.navigation.getByRole('button', { name: displayName }).click();
    await this.page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await expect(this.page.getByRole('form', { name: 'Đăng nhập' })).toBeVisible();
  }

  /** Saves a screenshot of the 1366×768 viewport under tests/artifacts/screenshots/<name>.png. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  }

  /** The page must not scroll sideways at the app's target size (1366×768). */
  async expectNoHorizontalScroll(): Promise<void> {
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
}
