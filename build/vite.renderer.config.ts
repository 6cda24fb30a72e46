import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../renderer', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/renderer', import.meta.url));

/** The renderer: one static bundle served by app:// in Electron and by the browser host. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: { outDir, emptyOutDir: true, minify: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
});
