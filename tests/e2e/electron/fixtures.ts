import { _electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/**
 * Each test starts the packaged app on a fresh data folder (SOHOI_USER_DATA_DIR, read by
 * electron/main/paths.ts) and gets its one window. The executable is the unpacked build of
 * electron-builder; SOHOI_ELECTRON_EXE may point elsewhere.
 *
 * Playwright attaches through the Node inspector, which the EnableNodeCliInspectArguments fuse
 * turns off in the shipped build: the workflow turns it back on in its copy of win-unpacked only
 * (after the installer is built), see .github/workflows/windows.yml.
 */
const EXECUTABLE = process.env.SOHOI_ELECTRON_EXE ?? fileURLToPath(new URL('../../../release/win-unpacked/SoHoi.exe', import.meta.url));

interface Fixtures {
  electronApp: ElectronApplication;
  appWindow: Page;
}

function childEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  return { ...env, ...extra };
}

export const test = base.extend<Fixtures>({
  electronApp: async ({}, use, testInfo) => {
    const app = await _electron.launch({
      executablePath: EXECUTABLE,
      args: [],
      env: childEnv({ SOHOI_USER_DATA_DIR: testInfo.outputPath('user-data') }),
      timeout: 60_000,
    });
    await use(app);
    await app.close();
  },
  appWindow: async ({ electronApp }, use) => {
    const window = await electronApp.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    await use(window);
  },
});

/** Replaces shell.openExternal in the main process, so no browser opens; returns what it was asked. */
export async function captureOpenExternal(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { __sohoiOpened?: string[] }).__sohoiOpened = opened;
    shell.openExternal = async (url: string) => void opened.push(url);
  });
  return () => app.evaluate(() => [...((globalThis as { __sohoiOpened?: string[] }).__sohoiOpened ?? [])]);
}

/** Adds a link to the page and clicks it as a user would. */
export async function clickLink(window: Page, url: string, target: '' | '_blank'): Promise<void> {
  await window.evaluate(
    ({ url, target }) => {
      document.getElementById('sohoi-e2e-link')?.remove();
      const link = document.createElement('a');
      link.id = 'sohoi-e2e-link';
      link.href = url;
      link.target = target;
      link.textContent = 'Liên kết thử';
      document.body.append(link);
    },
    { url, target },
  );
  await window.locator('#sohoi-e2e-link').click({ noWaitAfter: true });
}

export { expect };
