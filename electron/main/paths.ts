import { isAbsolute, join } from 'node:path';
import type { App } from 'electron';

/**
 * Every path the Electron shell uses, resolved in this one module.
 *
 * - Our folder under the user's application data is `%APPDATA%\SoHoi` (ASCII, whatever the
 *   product name): Electron's own files live there, the database, its backups and the log in its
 *   `data` subfolder (with the audit key in `data/keys`). The installer never touches it; the
 *   uninstaller names it.
 * - The app's code (`dist/main`, `dist/preload`, `dist/renderer`) sits under the app root:
 *   `resources/app.asar` when packaged, the repository when run from sources.
 * - Migrations, seed files and fonts come from `resources/` when packaged (extraResources),
 *   from the repository otherwise.
 */
export const USER_DATA_FOLDER = 'SoHoi';
export const DATA_SUBFOLDER = 'data';
/** Lets the Windows end-to-end tests give each run a fresh folder. Ignored unless absolute. */
export const USER_DATA_ENV = 'SOHOI_USER_DATA_DIR';

export interface AppPathsInput {
  /** `app.getPath('appData')`: %APPDATA% on Windows. */
  appDataDir: string;
  /** `app.getAppPath()`: the folder (or asar) holding package.json. */
  appRoot: string;
  isPackaged: boolean;
  /** `process.resourcesPath` (only meaningful when packaged). */
  resourcesPath: string;
  /** The value of SOHOI_USER_DATA_DIR, if any. */
  userDataOverride?: string | undefined;
}

export interface AppPaths {
  userDataDir: string;
  dataDir: string;
  /** The audit trail's HMAC key, encrypted with safeStorage (secrets.ts). */
  auditKeyPath: string;
  logsDir: string;
  migrationsDir: string;
  seedDir: string;
  fontsDir: string;
  rendererDir: string;
  preloadPath: string;
}

export function computeAppPaths(input: AppPathsInput): AppPaths {
  const override = input.userDataOverride;
  const userDataDir = override && isAbsolute(override) ? override : join(input.appDataDir, USER_DATA_FOLDER);
  const resources = (name: string, fromRoot: string[]) =>
    input.isPackaged ? join(input.resourcesPath, name) : join(input.appRoot, ...fromRoot);
  return {
    userDataDir,
    dataDir: join(userDataDir, DATA_SUBFOLDER),
    auditKeyPath: join(userDataDir, DATA_SUBFOLDER, 'keys', 'audit.key'),
    logsDir: join(userDataDir, DATA_SUBFOLDER, 'logs'),
    migrationsDir: resources('migrations', ['db', 'migrations']),
    seedDir: resources('seed', ['db', 'seed']),
    fontsDir: resources('fonts', ['build', 'fonts']),
    rendererDir: join(input.appRoot, 'dist', 'renderer'),
    preloadPath: join(input.appRoot, 'dist', 'preload', 'index.cjs'),
  };
}

/** The paths of the running app. Call before `ready`; then `useUserDataDir` moves Electron's own files. */
export function resolveAppPaths(app: Pick<App, 'getPath' | 'getAppPath' | 'isPackaged'>): AppPaths {
  return computeAppPaths({
    appDataDir: app.getPath('appData'),
    appRoot: app.getAppPath(),
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    userDataOverride: process.env[USER_DATA_ENV],
  });
}

/** Points Electron's userData (cache, local storage, single-instance lock) at our folder. */
export function useUserDataDir(app: Pick<App, 'setPath'>, paths: AppPaths): void {
  app.setPath('userData', paths.userDataDir);
}
