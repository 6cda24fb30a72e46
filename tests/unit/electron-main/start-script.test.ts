import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { betterSqliteMajor, decideStart, electronBinaryPath, FALLBACK_MESSAGES, type StartFacts } from '../../../build/scripts/start.mjs';

const WINDOWS: StartFacts = { platform: 'win32', env: {}, sqliteMajor: 13, hasBinary: true, installFailed: false };

describe('decideStart (npm start)', () => {
  it.each<[string, Partial<StartFacts>, ReturnType<typeof decideStart>]>([
    ['Windows, binary present, better-sqlite3 13', {}, { mode: 'electron' }],
    ['binary missing: try to download it first', { hasBinary: false }, { mode: 'install' }],
    ['download failed: the browser host', { hasBinary: false, installFailed: true }, { mode: 'browser', reason: 'no-binary' }],
    ['asked for the browser host', { env: { SOHOI_START: 'browser' } }, { mode: 'browser', reason: 'requested' }],
    ['Linux without a display (these machines, CI)', { platform: 'linux', hasBinary: false }, { mode: 'browser', reason: 'no-display' }],
    ['Linux with X', { platform: 'linux', env: { DISPLAY: ':0' } }, { mode: 'electron' }],
    ['Linux with Wayland', { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }, { mode: 'electron' }],
    ['better-sqlite3 12 (built for Node, not Electron)', { sqliteMajor: 12 }, { mode: 'browser', reason: 'native-module' }],
    ['better-sqlite3 missing', { sqliteMajor: null }, { mode: 'browser', reason: 'native-module' }],
    ['macOS', { platform: 'darwin' }, { mode: 'electron' }],
  ])('%s', (_name, facts, decision) => {
    expect(decideStart({ ...WINDOWS, ...facts })).toEqual(decision);
  });

  it('says each fallback in one line, in Vietnamese and English', () => {
    for (const message of Object.values(FALLBACK_MESSAGES)) {
      expect(message).not.toContain('\n');
      expect(message).toMatch(/trình duyệt.* \/ .*browser host/);
    }
  });
});

describe('electronBinaryPath and betterSqliteMajor', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the executable that path.txt names, and only if it exists', () => {
    root = mkdtempSync(join(tmpdir(), 'sohoi-start-'));
    const electronDir = join(root, 'node_modules', 'electron');
    mkdirSync(join(electronDir, 'dist'), { recursive: true });
    expect(electronBinaryPath(root, {})).toBeNull();
    writeFileSync(join(electronDir, 'path.txt'), 'electron.exe');
    expect(electronBinaryPath(root, {})).toBeNull();
    writeFileSync(join(electronDir, 'dist', 'electron.exe'), '');
    expect(electronBinaryPath(root, {})).toBe(join(electronDir, 'dist', 'electron.exe'));
  });

  it('reads the installed better-sqlite3 major version', () => {
    root = mkdtempSync(join(tmpdir(), 'sohoi-start-'));
    expect(betterSqliteMajor(root)).toBeNull();
    mkdirSync(join(root, 'node_modules', 'better-sqlite3'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), '{"version":"13.2.0"}');
    expect(betterSqliteMajor(root)).toBe(13);
  });
});
