import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkOptions } from '../cli/checkOptions';
import { createTranslator, errorLine, UsageError, type Translate } from '../cli/translator';
import { createNodeServices } from '../services/createNodeServices';
import { resolveDataDir } from '../services/dataDir';
import { openConfSettings } from '../services/settings/confSettingsStore';
import { SettingsService } from '../services/settings/SettingsService';
import { openBrowser } from './openBrowser';
import { startWebHost } from './startWebHost';

const STATIC_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

const FLAGS = { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } } as const;

/**
 * Non-strict parsing never throws, so the data folder (and with it the UI
 * language) is known before a mistyped flag has to be explained.
 */
function readFlags(argv: string[]) {
  const { values, tokens } = parseArgs({ args: argv, options: FLAGS, strict: false, allowPositionals: true, tokens: true });
  const dataDir = typeof values['data-dir'] === 'string' ? resolve(values['data-dir']) : resolveDataDir();
  return {
    dataDir,
    open: values['no-open'] !== true,
    validate(): number {
      checkOptions(tokens, FLAGS, { positionals: false });
      const port = Number(values.port ?? 0);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        throw new UsageError('badPort', { port: String(values.port ?? '') });
      }
      return port;
    },
  };
}

/**
 * `npm run web`: serves the built renderer and the services on 127.0.0.1,
 * prints the one line to open, and stops the services cleanly on Ctrl-C.
 */
async function main(): Promise<void> {
  let t: Translate = await createTranslator('ar');
  try {
    const flags = readFlags(process.argv.slice(2));
    const settings = await openConfSettings(flags.dataDir);
    t = await createTranslator(new SettingsService(settings).current().uiLanguage);
    const port = flags.validate();
    if (!existsSync(resolve(STATIC_DIR, 'index.html'))) {
      process.stderr.write(`midad: ${t('web.notBuilt', { dir: STATIC_DIR })}\n`);
      process.exit(1);
    }

    const services = await createNodeServices(flags.dataDir, 'web', settings);
    const host = await startWebHost({ services, staticDir: STATIC_DIR, port });
    const pageUrl = `${host.url}#token=${host.token}`;
    process.stdout.write(`Midad: ${pageUrl}\n`);
    if (flags.open && !process.env.CI) openBrowser(pageUrl);

    const shutdown = async () => {
      await host.close();
      await services.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (error) {
    process.stderr.write(`midad: ${errorLine(error, t)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
}

await main();
