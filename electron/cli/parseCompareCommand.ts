import { parseArgs } from 'node:util';
import { checkOptions } from './checkOptions';
import { UsageError } from './translator';

export interface CompareCommand {
  kind: 'compare';
  json: boolean;
  id: string;
  from: string;
  /** A revision id, or `current` for the draft's text now. */
  to: string;
}

const options = { json: { type: 'boolean' } } as const;

/** `midad compare ID REV1 REV2|current [--json]`; undefined for other commands. */
export function parseCompareCommand(argv: string[]): CompareCommand | undefined {
  const { values, positionals, tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const [kind, id, from, to, extra] = positionals;
  if (kind !== 'compare') return undefined;
  checkOptions(tokens, options, { positionals: true });
  const missing = id === undefined ? 'id' : from === undefined || to === undefined ? 'revision' : undefined;
  if (missing) throw new UsageError('missingArgument', { command: kind, argument: missing });
  if (extra !== undefined) throw new UsageError('extraArgument', { argument: extra });
  return { kind, json: values.json === true, id: id!, from: from!, to: to! };
}
