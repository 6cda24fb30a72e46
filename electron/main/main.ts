import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { createCore } from '../core/create-core';
import { errorCodeOf, stackWithoutMessage } from '../core/logger';
import { createFileSecretStore } from '../core/backup/secret-store';
import { loadOrCreateKey, saveKey } from '../core/secrets';
import type { Core } from '../core/types';
import { APP_ENTRY_URL } from './guards';
import { forwardEvents, registerIpc } from './ipc';
import { installShutdown, startFailureMessage } from './lifecycle';
import { resolveAppPaths, useUserDataDir, type AppPaths } from './paths';
import { createElectronPlatform, pickFile, runPowerShell, type DialogPort } from './platform';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { auditKeyProtector } from './secrets';
import { hardenApp, hardenSession } from './security';
import { createWindowSessions } from './session';
import { createMainWindow, focusWindow } from './window';

/**
 * The Electron main process: a thin shell around the same core the browser host runs. It owns
 * the window, the `app://` protocol, the guards and the IPC wiring — no business rules, no SQL.
 */
export const APP_USER_MODEL_ID = 'vn.hoibvqte.bacgiang.sohoi';

interface ShellState {
  window: BrowserWindow | null;
  core: Core | null;
}

/** The dialogs, attached to the main window when it exists (so they are modal to it). */
function dialogPort(state: ShellState): DialogPort {
  return {
    showSaveDialog: (options) => (state.window ? dialog.showSaveDialog(state.window, options) : dialog.showSaveDialog(options)),
    showOpenDialog: (options) => (state.window ? dialog.showOpenDialog(state.window, options) : dialog.showOpenDialog(options)),
  };
}

function openCore(paths: AppPaths, dialogs: DialogPort): Promise<Core> {
  const protector = auditKeyProtector(safeStorage, process.platform);
  return createCore({
    dataDir: paths.dataDir,
    migrationsDir: paths.migrationsDir,
    seedDir: paths.seedDir,
    appVersion: app.getVersion(),
    transport: 'electron',
    auditKey: loadOrCreateKey(paths.auditKeyPath, protector),
    // The backup passphrase, remembered sealed by safeStorage; a restored backup's audit key.
    secrets: createFileSecretStore(join(paths.dataDir, 'keys'), protector),
    saveAuditKey: (key) => saveKey(paths.auditKeyPath, key, protector),
    platform: createElectronPlatform({
      dialogs,
      openPath: (path) => shell.openPath(path),
      createWindow: (options) => new BrowserWindow(options),
      documentsDir: app.getPath('documents'),
      os: process.platform,
      runPowerShell,
    }),
  });
}

async function boot(paths: AppPaths, state: ShellState): Promise<void> {
  hardenSession(session.defaultSession);
  Menu.setApplicationMenu(null);
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  const dialogs = dialogPort(state);
  const core = await openCore(paths, dialogs);
  state.core = core;
  registerAppProtocol(protocol, paths.rendererDir);
  const sessions = createWindowSessions(core);
  registerIpc(ipcMain, { core, sessions, pickFile: (accept) => pickFile(dialogs, core.files, accept) });
  const window = createMainWindow((options) => new BrowserWindow(options), paths.preloadPath);
  state.window = window;
  window.on('closed', () => {
    state.window = null;
  });
  forwardEvents(core, window.webContents, sessions);
  await window.loadURL(APP_ENTRY_URL);
}

async function reportStartFailure(paths: AppPaths, state: ShellState, error: unknown): Promise<void> {
  const message = startFailureMessage(paths.dataDir, paths.logsDir, error);
  dialog.showErrorBox(message.title, message.content);
  if (state.core) {
    state.core.logger.error('shell.start_failed', { code: errorCodeOf(error), stack: stackWithoutMessage(error) });
    await state.core.close().catch(() => undefined);
  }
  app.exit(1);
}

function startShell(paths: AppPaths): void {
  const state: ShellState = { window: null, core: null };
  hardenApp(app, (url) => shell.openExternal(url));
  app.on('second-instance', () => focusWindow(state.window));
  app.on('window-all-closed', () => app.quit());
  installShutdown(app, () => state.core);
  app
    .whenReady()
    .then(() => boot(paths, state))
    .catch((error: unknown) => reportStartFailure(paths, state, error));
}

registerAppScheme(protocol);
const appPaths = resolveAppPaths(app);
useUserDataDir(app, appPaths);
if (app.requestSingleInstanceLock()) startShell(appPaths);
else app.quit();
