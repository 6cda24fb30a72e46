import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const entry = fileURLToPath(new URL('../electron/preload/index.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/preload', import.meta.url));

/**
 * The preload as ONE CommonJS file (dist/preload/index.cjs). A sandboxed preload can require
 * `electron` and nothing else — no shared chunk, no node_modules — so everything but `electron`
 * is inlined (tests/unit/electron-main/preload-build.test.ts checks it).
 */
export default defineConfig({
  build: {
    ssr: entry,
    outDir,
    emptyOutDir: true,
    target: 'node22',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, external: ['electron'] },
});
