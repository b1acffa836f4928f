import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import electron from 'vite-plugin-electron';

/**
 * One build for the three bundles: the renderer (always), and the Electron main
 * process and preload (skipped in `--mode web`, which only needs the renderer).
 * The preload is CommonJS because sandboxed preloads cannot be ES modules.
 */
export default defineConfig(({ mode }) => {
  const plugins: PluginOption[] = [react()];
  if (mode !== 'web') {
    plugins.push(
      electron([
        {
          entry: 'electron/main/index.ts',
          vite: {
            build: {
              outDir: 'dist/main',
              sourcemap: false,
              rollupOptions: { external: ['electron', 'electron-store'] },
            },
          },
        },
        {
          entry: 'electron/preload/index.ts',
          vite: {
            build: {
              outDir: 'dist/preload',
              sourcemap: false,
              rollupOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: 'index.cjs' } },
            },
          },
        },
      ]),
    );
  }
  return {
    root: 'renderer',
    base: './',
    plugins,
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      sourcemap: false,
      target: 'chrome130',
    },
  };
});
