import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './vite-build';

/**
 * electron-builder cannot run here, so its configuration is checked by reading: against
 * electron-builder's own JSON schema (the function `electron-builder` calls first), and for the
 * settings the issue asks for. The same for the Windows workflow.
 */
const requireFromBuilder = createRequire(join(REPO_ROOT, 'node_modules', 'app-builder-lib', 'package.json'));
const yaml = requireFromBuilder('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  executableName: string;
  npmRebuild: boolean;
  files: string[];
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  win: { artifactName: string; target: { target: string; arch: string[] }[] };
  nsis: Record<string, unknown> & { include: string };
}

interface Workflow {
  jobs: Record<string, { 'runs-on': string; steps: { name?: string; run?: string; with?: Record<string, unknown> }[] }>;
}

let config: BuilderConfig;
let workflow: Workflow;

beforeAll(() => {
  config = yaml.load(readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
  workflow = yaml.load(readFileSync(join(REPO_ROOT, '.github', 'workflows', 'windows.yml'), 'utf8')) as Workflow;
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const { validateConfiguration } = requireFromBuilder('./out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = requireFromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds a per-user Vietnamese NSIS installer with an ASCII name and both shortcuts', () => {
    expect(config.executableName).toBe('SoHoi');
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.win.artifactName).toBe('SoHoi-Setup-${version}.${ext}');
    expect(config.nsis).toMatchObject({
      artifactName: 'SoHoi-Setup-${version}.${ext}',
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      installerLanguages: ['vi_VN'],
      deleteAppDataOnUninstall: false,
    });
  });

  it('keeps the data folder on uninstall and says where it is, in Vietnamese; installs for the current user only', () => {
    const script = readFileSync(join(REPO_ROOT, config.nsis.include), 'utf8');
    expect(script).toContain('!macro customInstallMode');
    expect(script).toContain('StrCpy $isForceCurrentInstall "1"');
    expect(script).toMatch(/!macro customUnInstall[\s\S]*\$\{ifNot\} \$\{isUpdated\}[\s\S]*MessageBox[^\n]*\$APPDATA\\SoHoi\\data[^\n]*\/SD IDOK/);
    expect(script).toContain('vẫn được giữ nguyên');
    expect(script).not.toMatch(/RMDir|Delete /);
  });

  it('turns off RunAsNode, NODE_OPTIONS and the inspect flags, and loads the app only from its asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('does not rebuild native modules and ships no native sources or other platforms’ binaries', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**', 'dist/preload/**', 'dist/renderer/**', 'package.json']));
    const exclusions = config.files.filter((pattern) => pattern.startsWith('!')).join('\n');
    expect(exclusions).toContain('!**/node_modules/better-sqlite3/{deps,src}/**');
    expect(exclusions).toMatch(/better-sqlite3\/build\/Release\/\{obj/);
    for (const prebuild of ['darwin-*', 'linux-*', 'linuxmusl-*', 'win32-arm64*']) expect(exclusions).toContain(`prebuilds/${prebuild}`);
    expect(exclusions).not.toContain('win32-x64');
  });

  it('ships migrations and seed data as extra resources, from folders that exist (fonts once build/fonts exists)', () => {
    const targets = config.extraResources.map((resource) => resource.to);
    expect(targets).toEqual(expect.arrayContaining(['migrations', 'seed']));
    for (const resource of config.extraResources) expect(existsSync(join(REPO_ROOT, resource.from)), resource.from).toBe(true);
    expect(targets.includes('fonts')).toBe(existsSync(join(REPO_ROOT, 'build', 'fonts')));
  });

  it('starts the bundled main process: package.json "main" is dist/main/main.cjs', () => {
    const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { main?: string };
    expect(packageJson.main).toBe('dist/main/main.cjs');
  });
});

describe('.github/workflows/windows.yml', () => {
  const commands = () => Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? '')).join('\n');

  it('runs on Windows with Node 22', () => {
    const job = Object.values(workflow.jobs)[0];
    expect(job?.['runs-on']).toBe('windows-latest');
    expect(job?.steps.find((step) => step.with?.['node-version'])?.with?.['node-version']).toBe('22.x');
  });

  it('switches to better-sqlite3 13.2.0, tests against it, builds, packages, then runs the Electron project', () => {
    const script = commands();
    const order = [
      'npm ci',
      'npm install --no-save better-sqlite3@13.2.0',
      'npx vitest run --config tests/vitest.config.ts tests/unit tests/migrations',
      'npm run build',
      'npx vite build --config build/vite.main.config.ts',
      'npx vite build --config build/vite.preload.config.ts',
      'npx electron-builder --win --x64 --publish never -c.npmRebuild=false',
      'EnableNodeCliInspectArguments=on',
      'npx playwright test --config tests/playwright.electron.config.ts',
    ].map((command) => script.indexOf(command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('names only files that exist', () => {
    const paths = commands().match(/(?:build|tests)\/[\w./-]+\.ts/g) ?? [];
    expect(paths.length).toBeGreaterThan(2);
    for (const path of paths) expect(existsSync(join(REPO_ROOT, path)), path).toBe(true);
  });
});
