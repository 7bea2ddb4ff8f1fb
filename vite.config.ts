import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is one Vite app; `base: './'` keeps asset URLs relative so the same
// build loads from the dev server, a static preview server and Electron's app:// scheme.
// QIYOS_OUT_DIR lets parallel e2e runs build into separate folders (the e2e harness reads it too).
const outDir = process.env.QIYOS_OUT_DIR ?? 'dist';

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL(`./${outDir}`, import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
