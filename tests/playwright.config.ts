import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/**
 * End-to-end tests in Debian's Chromium against the browser host. Each test starts its own host
 * on a fresh data folder (tests/e2e/fixtures.ts). The Electron project (`_electron`) is separate
 * and runs only on the Windows workflow.
 */
const chromiumPath = process.env.SOHOI_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: fileURLToPath(new URL('./e2e/browser', import.meta.url)),
  outputDir: fileURLToPath(new URL('./artifacts/test-results', import.meta.url)),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
