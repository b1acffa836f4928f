import { parseArgs } from 'node:util';
import { checkOptions } from './checkOptions';
import { UsageError } from './translator';

export interface CheckCommand {
  kind: 'check';
  json: boolean;
  /** A file (.txt, .html, .docx) or a draft id. */
  target: string;
}

const options = { json: { type: 'boolean' } } as const;

/** `midad check FILE|ID [--json]`; undefined when the command is another one. */
export function parseCheckCommand(argv: string[]): CheckCommand | undefined {
  const { values, positionals, tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  if (positionals[0] !== 'check') return undefined;
  checkOptions(tokens, options, { positionals: true });
  const [, target, extra] = positionals;
  if (target === undefined) throw new UsageError('missingArgument', { command: 'check', argument: 'file|id' });
  if (extra !== undefined) throw new UsageError('extraArgument', { argument: extra });
  return { kind: 'check', json: values.json === true, target };
}
