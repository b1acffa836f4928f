import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const electronOnly = {
  paths: [
    { name: 'electron', message: 'Only electron/main and the preload may import electron.' },
    { name: 'electron-store', message: 'Only electron/main may import electron-store.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'bench/results/', 'e2e/artifacts/', 'electron/main/security/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', electronOnly],
    },
  },
  {
    // The layers: electron only in the main process and the preload.
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The renderer and shared code run in a browser (and shared also in Node): no Node built-ins.
    files: ['renderer/**', 'shared/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...electronOnly.paths,
            ...nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins in renderer/ or shared/.' })),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.test.*', 'shared/**/*.test.*'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
