import { createPackage, extractFile, listPackage } from '@electron/asar';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageApp } from './stageApp';

const require = createRequire(import.meta.url);
const { files } = require('../../../electron-builder.config.cjs') as { files: string[] };
const projectDir = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'midad-asar-'));
const distDir = join(work, 'dist');
const archive = join(work, 'app.asar');
let entries: string[];

beforeAll(async () => {
  // The renderer is built into a folder of its own, so this test never races the
  // end-to-end tests' web build in dist/; main and the preload always go to dist/.
  await promisify(execFile)('npx', ['vite', 'build', '--outDir', join(distDir, 'renderer'), '--emptyOutDir'], {
    cwd: projectDir,
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const bundle of ['main', 'preload']) {
    cpSync(join(projectDir, 'dist', bundle), join(distDir, bundle), { recursive: true });
  }
  // What a careless build or a developer could leave lying around: it must not ship.
  writeFileSync(join(distDir, 'main', 'index.js.map'), '{}');
  writeFileSync(join(distDir, 'renderer', 'assets', 'editor.test.ts'), 'test');
  writeFileSync(join(distDir, 'renderer', '.env'), 'MIDAD_TOKEN=secret');
  writeFileSync(join(distDir, 'preload', 'signing.pem'), 'key');

  const stagingDir = join(work, 'app');
  stageApp({ projectDir, distDir, files, stagingDir });
  await createPackage(stagingDir, archive);
  entries = listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed app.asar', () => {
  it('holds the main process, the preload, the renderer and the resources', () => {
    for (const entry of ['/package.json', '/dist/main/index.js', '/dist/preload/index.cjs', '/dist/renderer/index.html', '/resources/icons/icon.png']) {
      expect(entries, entry).toContain(entry);
    }
    expect(entries.some((entry) => /^\/dist\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('points package.json at the main bundle', () => {
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(entries).toContain(`/${manifest.main}`);
  });

  it('holds the preload as CommonJS that loads nothing but electron', () => {
    const preload = extractFile(archive, 'dist/preload/index.cjs').toString('utf8');
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1])).toEqual(['electron']);
  });

  it("holds what the main process imports at run time", () => {
    expect(entries).toContain('/node_modules/electron-store/package.json');
    expect(entries).toContain('/node_modules/conf/package.json');
  });

  it('holds no tests, source maps, sources, secrets, caches or dev folders', () => {
    const forbidden = [
      /\.map$/,
      /\.(test|spec)\.[cm]?[jt]sx?$/,
      /(?<!\.d)\.tsx?$/,
      /\.d\.ts$/,
      /\/\.env/,
      /\.(pem|key|p12|pfx)$/,
      /\/node_modules\/\.cache(\/|$)/,
      /^\/(e2e|bench|electron|renderer|shared|scripts|src|release|\.git|\.ci)(\/|$)/,
      /^\/(tsconfig|vite\.config|vitest\.config|eslint\.config|electron-builder\.config)/,
      /^\/node_modules\/(electron|vite|vitest|typescript|@doyensec|playwright-core)\//,
    ];
    const offending = entries.filter((entry) => forbidden.some((pattern) => pattern.test(entry)));
    expect(offending).toEqual([]);
  });
});
