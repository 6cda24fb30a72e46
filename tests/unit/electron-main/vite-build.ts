import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root, seen from this folder. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Builds one bundle with the project's own Vite config, in a child process (as `npm run build:*`
 * does), and returns the files of its output folder.
 */
export function buildWithVite(configFile: string, outDir: string): string[] {
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', join(REPO_ROOT, configFile), '--logLevel', 'error'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
  });
  return readdirSync(join(REPO_ROOT, outDir));
}

/** Every `require(...)` of a CommonJS bundle: the literal module names, and whether any is dynamic. */
export function requiresOf(code: string): { names: string[]; dynamic: number } {
  const all = code.match(/\brequire\s*\(/g)?.length ?? 0;
  const names = [...code.matchAll(/\brequire\s*\(\s*(["'])([^"'\n]+)\1\s*\)/g)].map((match) => match[2] ?? '');
  return { names, dynamic: all - names.length };
}

export function readBundle(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}
