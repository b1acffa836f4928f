import { parseArgs } from 'node:util';
import type { Side } from '../../shared/review/conflicts/mergeVersions';
import { checkOptions } from './checkOptions';
import { UsageError } from './translator';

export type PackageCommand = { json: boolean } & (
  | { kind: 'package'; id: string; out: string; includeConfidential: boolean }
  | { kind: 'import.package'; path: string }
  | { kind: 'desk.scan' }
  | { kind: 'desk.send'; id: string; includeConfidential: boolean }
  | { kind: 'desk.take'; file: string }
  | { kind: 'conflicts'; id: string }
  | { kind: 'resolve'; id: string; revisionId: string; whole: Side; blocks: Record<string, Side> }
);

const options = {
  json: { type: 'boolean' },
  out: { type: 'string' },
  'include-confidential': { type: 'boolean' },
  mine: { type: 'boolean' },
  theirs: { type: 'boolean' },
  block: { type: 'string', multiple: true },
} as const;

const PACKAGE_FILE = /\.midad$/i;

function positionalsOf(argv: string[]) {
  return parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
}

function exactly(positionals: string[], count: number, command: string, argument: string): void {
  if (positionals.length < count) throw new UsageError('missingArgument', { command, argument });
  if (positionals.length > count) throw new UsageError('extraArgument', { argument: positionals[count]! });
}

/**
 * `midad package ID --out FILE [--include-confidential]`, `midad import FILE.midad`, `midad desk
 * [send ID [--include-confidential] | take FILE]`, `midad conflicts ID`, `midad resolve ID REV
 * --mine|--theirs [--block BLOCK=mine|theirs]…`; undefined for other commands
 * (an `import` of any other file is the importers' business).
 */
export function parsePackageCommand(argv: string[]): PackageCommand | undefined {
  const { values, positionals, tokens } = positionalsOf(argv);
  const [word, ...rest] = positionals;
  const isPackageImport = word === 'import' && rest.length === 1 && PACKAGE_FILE.test(rest[0]!);
  if (!isPackageImport && !['package', 'desk', 'conflicts', 'resolve'].includes(word ?? '')) return undefined;
  checkOptions(tokens, options, { positionals: true });
  const json = values.json === true;
  const allowed = new Set([
    'json',
    ...(word === 'package' ? ['out', 'include-confidential'] : []),
    // An editor passing a story to another editor through the desk folder, as `package` does by hand.
    ...(word === 'desk' && rest[0] === 'send' ? ['include-confidential'] : []),
    ...(word === 'resolve' ? ['mine', 'theirs', 'block'] : []),
  ]);
  for (const token of tokens) {
    if (token.kind === 'option' && !allowed.has(token.name)) throw new UsageError('unknownOption', { option: token.rawName });
  }
  switch (word) {
    case 'import':
      return { kind: 'import.package', json, path: rest[0]! };
    case 'package': {
      exactly(rest, 1, 'package', 'id');
      if (typeof values.out !== 'string') throw new UsageError('missingOptionValue', { option: 'out' });
      return { kind: 'package', json, id: rest[0]!, out: values.out, includeConfidential: values['include-confidential'] === true };
    }
    case 'conflicts':
      exactly(rest, 1, 'conflicts', 'id');
      return { kind: 'conflicts', json, id: rest[0]! };
    case 'resolve': {
      exactly(rest, 2, 'resolve', 'id');
      if ((values.mine === true) === (values.theirs === true)) throw new UsageError('resolveSide');
      const blocks: Record<string, Side> = {};
      for (const choice of (values.block as string[] | undefined) ?? []) {
        const match = /^([a-z0-9]{6,32})=(mine|theirs)$/.exec(choice);
        if (!match) throw new UsageError('resolveBlock', { value: choice });
        blocks[match[1]!] = match[2] as Side;
      }
      return { kind: 'resolve', json, id: rest[0]!, revisionId: rest[1]!, whole: values.mine === true ? 'mine' : 'theirs', blocks };
    }
    default: {
      const [action, argument, extra] = rest;
      if (action === undefined) return { kind: 'desk.scan', json };
      if (action !== 'send' && action !== 'take') throw new UsageError('unknownCommand', { command: `desk ${action}` });
      if (argument === undefined) throw new UsageError('missingArgument', { command: `desk ${action}`, argument: action === 'send' ? 'id' : 'file' });
      if (extra !== undefined) throw new UsageError('extraArgument', { argument: extra });
      return action === 'send'
        ? { kind: 'desk.send', json, id: argument, includeConfidential: values['include-confidential'] === true }
        : { kind: 'desk.take', json, file: argument };
    }
  }
}

export function isPackageCommand(command: { kind: string }): command is PackageCommand {
  return ['package', 'import.package', 'desk.scan', 'desk.send', 'desk.take', 'conflicts', 'resolve'].includes(command.kind);
}
