import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const entry = fileURLToPath(new URL('../electron/host-http/main.ts', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/host', import.meta.url));

/**
 * The browser host as one Node ESM file. Dependencies stay external (resolved from node_modules
 * at run time), as they will in the Electron main bundle.
 */
export default defineConfig({
  build: {
    ssr: entry,
    outDir,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { format: 'es', entryFileNames: 'main.js' } },
  },
});
