import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const entry = fileURLToPath(new URL('../electron/main/main.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/main', import.meta.url));

/**
 * The Electron main process as one CommonJS file (dist/main/main.cjs, package.json "main").
 * Electron, Node's built-in modules and the runtime dependencies (better-sqlite3 and its native
 * binary, drizzle-orm, zod) stay external and are loaded from node_modules at run time.
 *
 * The only `import.meta.url` on this path is db/paths.ts (default folders for runs from sources;
 * the shell passes its own): Vite rewrites it for CJS output to `pathToFileURL(__filename)`, so
 * it still evaluates. tests/unit/electron-main/main-bundle.test.ts checks no `import.meta` is left.
 */
export default defineConfig({
  build: {
    ssr: entry,
    outDir,
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      external: ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'cjs', entryFileNames: 'main.cjs' },
    },
  },
});
