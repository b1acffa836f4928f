import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type PluginOption } from 'vite';
import electron from 'vite-plugin-electron';

/**
 * One build for the three bundles: the renderer (always), and the Electron main
 * process and preload (skipped in `--mode web`, which only needs the renderer).
 * The preload is CommonJS because sandboxed preloads cannot be ES modules.
 */
// `root` is the renderer folder, so the Electron entries and outputs are given from the project root.
const fromProject = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(({ mode }) => {
  const plugins: PluginOption[] = [react()];
  if (mode !== 'web') {
    plugins.push(
      electron([
        {
          entry: fromProject('electron/main/index.ts'),
          vite: {
            build: {
              outDir: fromProject('dist/main'),
              sourcemap: false,
              rollupOptions: { external: ['electron', 'electron-store'] },
            },
          },
        },
        {
          entry: fromProject('electron/preload/index.ts'),
          vite: {
            build: {
              outDir: fromProject('dist/preload'),
              sourcemap: false,
              // The plugin's library mode would emit an ES module in this ESM package: turn it off
              // and build one CommonJS file from the entry ourselves.
              lib: false,
              rollupOptions: {
                input: fromProject('electron/preload/index.ts'),
                external: ['electron'],
                output: { format: 'cjs', entryFileNames: 'index.cjs' },
              },
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
