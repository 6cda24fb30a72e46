// `npm start`: the desktop app in Electron where its binary can be obtained, otherwise the
// browser host (one line says which and why). The renderer, host, main and preload bundles are
// built by the npm script before this runs. Extra arguments go to the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INSTALL_TIMEOUT_MS = 120_000;

/** One line per reason, Vietnamese then English. */
export const FALLBACK_MESSAGES = {
  requested: 'Mở Sổ Hội trong trình duyệt theo yêu cầu (SOHOI_START=browser). / Starting the browser host as requested.',
  'no-display':
    'Máy này không có màn hình đồ họa cho Electron — mở Sổ Hội trong trình duyệt. / No display for Electron here; starting the browser host instead.',
  'native-module':
    'better-sqlite3 12 không chạy được trong Electron (cần bản 13.2.0 trên Node ≥ 22) — mở Sổ Hội trong trình duyệt. / better-sqlite3 12 cannot load in Electron (needs 13.2.0 on Node >= 22); starting the browser host instead.',
  'no-binary':
    'Không tải được Electron trên máy này — mở Sổ Hội trong trình duyệt. / The Electron binary cannot be obtained here; starting the browser host instead.',
};

/**
 * Decides how to start. `sqliteMajor`: the installed better-sqlite3's major version (12 is built
 * for Node's ABI and cannot load in Electron; 13 is N-API); `hasBinary`: Electron's executable is
 * on disk; `installFailed`: trying to download it failed. Returns `install` when a download is
 * worth trying.
 * @param {{ platform: string, env: Record<string, string | undefined>, sqliteMajor: number | null, hasBinary: boolean, installFailed: boolean }} facts
 * @returns {{ mode: 'electron' } | { mode: 'install' } | { mode: 'browser', reason: keyof typeof FALLBACK_MESSAGES }}
 */
export function decideStart(facts) {
  const wanted = facts.env.SOHOI_START;
  if (wanted === 'browser') return { mode: 'browser', reason: 'requested' };
  const hasDisplay = facts.platform !== 'linux' || Boolean(facts.env.DISPLAY || facts.env.WAYLAND_DISPLAY);
  if (!hasDisplay) return { mode: 'browser', reason: 'no-display' };
  if (facts.sqliteMajor === null || facts.sqliteMajor < 13) return { mode: 'browser', reason: 'native-module' };
  if (facts.hasBinary) return { mode: 'electron' };
  if (!facts.installFailed) return { mode: 'install' };
  return { mode: 'browser', reason: 'no-binary' };
}

/**
 * Where the electron package keeps its executable (node_modules/electron/path.txt names it),
 * or null when it has not been downloaded. Never requires the package (that would download).
 * @param {string} root
 * @param {Record<string, string | undefined>} env
 * @returns {string | null}
 */
export function electronBinaryPath(root, env) {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist'), relative);
  return existsSync(binary) ? binary : null;
}

/** @param {string} root @returns {number | null} */
export function betterSqliteMajor(root) {
  try {
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8'));
    const major = Number.parseInt(String(version), 10);
    return Number.isInteger(major) ? major : null;
  } catch {
    return null;
  }
}

function tryInstallElectron() {
  const installer = join(ROOT, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return false;
  process.stdout.write('Đang tải Electron… / Downloading Electron…\n');
  const result = spawnSync(process.execPath, [installer], { cwd: ROOT, stdio: 'ignore', timeout: INSTALL_TIMEOUT_MS });
  return result.status === 0;
}

function run(command, args, env) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const facts = { platform: process.platform, env, sqliteMajor: betterSqliteMajor(ROOT), installFailed: false };
  let decision = decideStart({ ...facts, hasBinary: electronBinaryPath(ROOT, env) !== null });
  if (decision.mode === 'install') {
    const hasBinary = tryInstallElectron() && electronBinaryPath(ROOT, env) !== null;
    decision = decideStart({ ...facts, hasBinary, installFailed: !hasBinary });
  }
  const binary = decision.mode === 'electron' ? electronBinaryPath(ROOT, env) : null;
  if (binary) return run(binary, ['.'], env);
  const reason = decision.mode === 'browser' ? decision.reason : 'no-binary';
  process.stdout.write(`${FALLBACK_MESSAGES[reason]}\n`);
  return run(process.execPath, [join(ROOT, 'dist', 'host', 'main.js'), ...process.argv.slice(2)], env);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
