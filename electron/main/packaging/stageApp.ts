import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';

// Test support: assembles the app folder that electron-builder would put into
// app.asar, with electron-builder's own file matcher, so the packaging test
// checks the real `files` globs rather than a copy of them.

const require = createRequire(import.meta.url);
const { FileMatcher, excludedExts, excludedNames } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (
    from: string,
    to: string,
    macroExpander: (pattern: string) => string,
    patterns: string[],
  ) => { createFilter(): (file: string, stat: Stats) => boolean };
  excludedExts: string;
  excludedNames: string;
};

/** The exclusions electron-builder appends to every app's patterns (see getMainFileMatchers). */
const builderDefaults = [`!**/*.{${excludedExts},pdb}`, '!**/._*', `!**/{${excludedNames}}`];

type Filter = (file: string, stat: Stats) => boolean;

function matcher(root: string, patterns: string[]): Filter {
  return new FileMatcher(root, root, (pattern) => pattern, [...patterns, ...builderDefaults]).createFilter();
}

/** Copies what `filter` accepts from `from` to `to`; `virtualRoot` is where `from` sits in the project. */
function copyMatching(from: string, to: string, filter: Filter, virtualRoot: string, skip: (name: string) => boolean) {
  for (const name of readdirSync(from)) {
    if (skip(name)) continue;
    const source = join(from, name);
    const stat = lstatSync(source);
    if (stat.isSymbolicLink() || !filter(join(virtualRoot, name), stat)) continue;
    if (stat.isDirectory()) copyMatching(source, join(to, name), filter, join(virtualRoot, name), () => false);
    else {
      mkdirSync(to, { recursive: true });
      copyFileSync(source, join(to, name));
    }
  }
}

/** The packages `dist/main` imports at run time (what Vite left external), minus Electron and Node. */
export function runtimeImports(mainBundle: string): string[] {
  const code = readFileSync(mainBundle, 'utf8');
  const specifiers = [...code.matchAll(/(?:^|\n)import\s[^'"]*?from\s*["']([^"']+)["']/g)].map((match) => match[1]!);
  const builtins = new Set(builtinModules);
  return [...new Set(specifiers)]
    .filter((specifier) => !specifier.startsWith('node:') && !specifier.startsWith('.') && specifier !== 'electron')
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'))
    .filter((name) => !builtins.has(name));
}

function findPackageDir(name: string, fromDir: string, projectDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === projectDir || dirname(dir) === dir) throw new Error(`cannot find ${name} from ${fromDir}`);
  }
}

/** Every package folder needed by `names`, following `dependencies` the way Node resolves them. */
export function dependencyClosure(names: string[], projectDir: string): string[] {
  const found = new Set<string>();
  const visit = (name: string, fromDir: string) => {
    const dir = findPackageDir(name, fromDir, projectDir);
    if (found.has(dir)) return;
    found.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  for (const name of names) visit(name, projectDir);
  return [...found];
}

export interface StageOptions {
  projectDir: string;
  /** A freshly built dist folder, standing in for `<projectDir>/dist`. */
  distDir: string;
  files: string[];
  stagingDir: string;
}

/** Assembles the app folder as electron-builder would, from the project and a built dist. */
export function stageApp({ projectDir, distDir, files, stagingDir }: StageOptions): void {
  const appFilter = matcher(projectDir, files);
  const skipAtRoot = (name: string) => name === 'node_modules' || name === '.git' || name === 'dist';
  copyMatching(projectDir, stagingDir, appFilter, projectDir, skipAtRoot);
  if (appFilter(join(projectDir, 'dist'), lstatSync(distDir))) {
    copyMatching(distDir, join(stagingDir, 'dist'), appFilter, join(projectDir, 'dist'), () => false);
  }

  // Production dependencies get everything but the same exclusions (electron-builder's node module matcher).
  const modulesFilter = matcher(projectDir, ['**/*', ...files.filter((pattern) => pattern.startsWith('!'))]);
  for (const packageDir of dependencyClosure(runtimeImports(join(distDir, 'main', 'index.js')), projectDir)) {
    const target = join(stagingDir, relative(projectDir, packageDir));
    const virtual = join(projectDir, relative(join(projectDir, 'node_modules'), packageDir));
    copyMatching(packageDir, target, modulesFilter, virtual, (name) => name === 'node_modules');
  }
}
