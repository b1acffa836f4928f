import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The peer pages, built for production like the renderer (same Vite, same target). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  logLevel: 'error',
  build: {
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    rollupOptions: {
      input: {
        lexical: fileURLToPath(new URL('./lexical/index.html', import.meta.url)),
        contenteditable: fileURLToPath(new URL('./contenteditable/index.html', import.meta.url)),
      },
    },
  },
});
