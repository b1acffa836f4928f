// `npm start`: the desktop app where Electron's binary is installed; otherwise
// one line saying so, then the same app in the browser (`npm run web`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Electron executable if it is really there. Read from the files the
 * `electron` package leaves, never by loading it: its `index.js` starts a
 * download when the binary is missing, which fails on an offline machine.
 */
export function findElectronBinary(electronDir, env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return undefined;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : undefined;
}

/** The UI language, peeked at without repairing the file: the host that opens it reports a reset. */
async function uiLanguage() {
  const { register } = await import('tsx/esm/api');
  register();
  const { resolveDataDir } = await import('../electron/services/dataDir.ts');
  const { uiLanguageSchema } = await import('../shared/model/language.ts');
  try {
    const settings = JSON.parse(readFileSync(join(resolveDataDir(), 'settings.json'), 'utf8'));
    return uiLanguageSchema.parse(settings.uiLanguage);
  } catch {
    return 'ar';
  }
}

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  // Ctrl-C reaches the child through the terminal; SIGTERM from a supervisor is passed on.
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main() {
  const electronDir = join(ROOT, 'node_modules', 'electron');
  const binary = existsSync(join(electronDir, 'package.json')) ? findElectronBinary(electronDir) : undefined;
  if (binary) {
    const built = await run('npx', ['vite', 'build']);
    process.exit(built === 0 ? await run(binary, ['.']) : built);
  }
  const language = await uiLanguage();
  const strings = JSON.parse(readFileSync(join(ROOT, 'shared', 'i18n', language, 'cli.json'), 'utf8'));
  console.log(strings.start.noDesktop);
  process.exit(await run('npm', ['run', 'web', '--', ...process.argv.slice(2)]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

