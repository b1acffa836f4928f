import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.wp.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          // Against a real WordPress (scripts/wordpress/up.sh), one for the whole run.
          name: 'wordpress',
          include: ['electron/services/publishing/**/*.wp.test.ts'],
          environment: 'node',
          globalSetup: ['electron/services/publishing/testing/wordpressGlobalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Tests stop and start the one PHP server: files must not overlap.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['e2e/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
