import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/**
 * End-to-end tests of the PACKAGED desktop app (release/win-unpacked/SoHoi.exe) through
 * Playwright's `_electron`. A separate project: only .github/workflows/windows.yml runs it, after
 * electron-builder — the development machines cannot download Electron. `tests/playwright.config.ts`
 * (testDir e2e/browser) never sees these specs.
 */
export default defineConfig({
  testDir: fileURLToPath(new URL('./e2e/electron', import.meta.url)),
  testMatch: '*.spec.ts',
  outputDir: fileURLToPath(new URL('./artifacts/electron-results', import.meta.url)),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { screenshot: 'only-on-failure', trace: 'retain-on-failure' },
});
