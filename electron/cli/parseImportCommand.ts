import { parseArgs } from 'node:util';
import { checkOptions } from './checkOptions';
import { UsageError } from './translator';

export interface ImportCommand {
  kind: 'import';
  json: boolean;
  path: string;
}

const options = { json: { type: 'boolean' } } as const;

/** `midad import FILE [--json]`; undefined when the command is another one. */
export function parseImportCommand(argv: string[]): ImportCommand | undefined {
  const { values, positionals, tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  if (positionals[0] !== 'import') return undefined;
  checkOptions(tokens, options, { positionals: true });
  const [, path, extra] = positionals;
  if (path === undefined) throw new UsageError('missingArgument', { command: 'import', argument: 'file' });
  if (extra !== undefined) throw new UsageError('extraArgument', { argument: extra });
  return { kind: 'import', json: values.json === true, path };
}
