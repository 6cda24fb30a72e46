import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeAppPaths } from '../../../electron/main/paths';

const APP_DATA = join('/home', 'thu-ky', 'AppData', 'Roaming');

describe('computeAppPaths', () => {
  it('packaged: code in the asar, migrations, seed and fonts in resources, data in %APPDATA%\\SoHoi\\data', () => {
    const resources = join('/opt', 'SoHoi', 'resources');
    const paths = computeAppPaths({ appDataDir: APP_DATA, appRoot: join(resources, 'app.asar'), isPackaged: true, resourcesPath: resources });
    expect(paths).toEqual({
      userDataDir: join(APP_DATA, 'SoHoi'),
      dataDir: join(APP_DATA, 'SoHoi', 'data'),
      auditKeyPath: join(APP_DATA, 'SoHoi', 'data', 'keys', 'audit.key'),
      logsDir: join(APP_DATA, 'SoHoi', 'data', 'logs'),
      migrationsDir: join(resources, 'migrations'),
      seedDir: join(resources, 'seed'),
      fontsDir: join(resources, 'fonts'),
      rendererDir: join(resources, 'app.asar', 'dist', 'renderer'),
      preloadPath: join(resources, 'app.asar', 'dist', 'preload', 'index.cjs'),
    });
  });

  it('from sources: everything under the repository, data still in the user folder', () => {
    const repo = join('/work', 'so-hoi');
    const paths = computeAppPaths({ appDataDir: APP_DATA, appRoot: repo, isPackaged: false, resourcesPath: '/ignored' });
    expect(paths.migrationsDir).toBe(join(repo, 'db', 'migrations'));
    expect(paths.seedDir).toBe(join(repo, 'db', 'seed'));
    expect(paths.fontsDir).toBe(join(repo, 'build', 'fonts'));
    expect(paths.rendererDir).toBe(join(repo, 'dist', 'renderer'));
    expect(paths.preloadPath).toBe(join(repo, 'dist', 'preload', 'index.cjs'));
    expect(paths.dataDir).toBe(join(APP_DATA, 'SoHoi', 'data'));
  });

  it.each([
    [join('/tmp', 'e2e-run-1'), join('/tmp', 'e2e-run-1')],
    ['relative/folder', join(APP_DATA, 'SoHoi')],
    ['', join(APP_DATA, 'SoHoi')],
    [undefined, join(APP_DATA, 'SoHoi')],
  ])('SOHOI_USER_DATA_DIR=%j → user data in %s (absolute paths only)', (override, userDataDir) => {
    const paths = computeAppPaths({ appDataDir: APP_DATA, appRoot: '/r', isPackaged: false, resourcesPath: '/r', userDataOverride: override });
    expect(paths.userDataDir).toBe(userDataDir);
    expect(paths.dataDir).toBe(join(userDataDir, 'data'));
  });
});
