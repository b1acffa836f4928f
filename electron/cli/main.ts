import { createNodeServices } from '../services/createNodeServices';
import { resolveDataDir } from '../services/dataDir';
import { openConfSettings } from '../services/settings/confSettingsStore';
import { SettingsService } from '../services/settings/SettingsService';
import { parseCommand, type Command } from './parseCommand';
import { runCommand } from './runCommand';
import { createTranslator, errorLine, type Translate } from './translator';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/** `midad …` (`npm run midad -- …`, or the package's bin): returns the exit code. */
async function main(argv: string[]): Promise<number> {
  const dataDir = resolveDataDir();
  let t: Translate = await createTranslator('ar');
  try {
    const settings = await openConfSettings(dataDir);
    t = await createTranslator(new SettingsService(settings).current().uiLanguage);
    for (const notice of settings.notices) process.stderr.write(`midad: ${t('settingsNotice', notice)}\n`);

    let command: Command;
    try {
      command = parseCommand(argv);
    } catch (error) {
      process.stderr.write(`midad: ${errorLine(error, t)}\n`);
      return EXIT_USAGE;
    }
    if (command.kind === 'help') {
      process.stdout.write(`${t('usage')}\n`);
      return 0;
    }

    const services = await createNodeServices(dataDir, 'cli', settings);
    try {
      const output = await runCommand(command, services.dispatcher, t);
      process.stdout.write(command.json ? `${JSON.stringify(output.json, null, 2)}\n` : `${output.human}\n`);
      return 0;
    } finally {
      await services.stop();
    }
  } catch (error) {
    process.stderr.write(`midad: ${errorLine(error, t)}\n`);
    return EXIT_FAILED;
  }
}

process.exitCode = await main(process.argv.slice(2));
