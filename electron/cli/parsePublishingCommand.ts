import { parseArgs } from 'node:util';
import { exportFormatSchema, publishStatusSchema, type ExportFormat, type PublishStatus } from '../../shared/api/publishingService';
import { checkOptions } from './checkOptions';
import { UsageError } from './translator';

export type PublishingCommand = { json: boolean } & (
  | { kind: 'targets.add'; name: string; url: string; user: string; passwordStdin: boolean }
  | { kind: 'targets.list' }
  | { kind: 'targets.test'; name: string }
  | { kind: 'targets.remove'; name: string }
  | { kind: 'publish'; id: string; target: string; status: PublishStatus; at?: string; override?: string }
  | { kind: 'outbox' }
  | { kind: 'pull'; target: string }
  | { kind: 'export'; id: string; format: ExportFormat; out?: string }
);

const options = {
  json: { type: 'boolean' },
  type: { type: 'string' },
  url: { type: 'string' },
  user: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  target: { type: 'string' },
  status: { type: 'string' },
  at: { type: 'string' },
  override: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

const GROUPS = new Set(['targets', 'publish', 'outbox', 'export', 'pull']);
const KINDS = new Set(['targets.add', 'targets.list', 'targets.test', 'targets.remove', 'publish', 'outbox', 'export', 'pull']);

export function isPublishingCommand(command: { kind: string }): command is PublishingCommand {
  return KINDS.has(command.kind);
}

function required(value: unknown, option: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError('missingOptionValue', { option });
  return value;
}

/**
 * `midad targets add|list|test|remove`, `midad publish ID --target NAME`,
 * `midad outbox`, `midad export ID --format F`; undefined for any other command.
 */
export function parsePublishingCommand(argv: string[]): PublishingCommand | undefined {
  const first = argv.find((arg) => !arg.startsWith('-'));
  if (!first || !GROUPS.has(first) || argv.includes('-h') || argv.includes('--help')) return undefined;
  const { values, positionals, tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  checkOptions(tokens, options, { positionals: true });
  const json = values.json === true;
  const [group, action, ...rest] = positionals;

  if (group === 'outbox') {
    if (action !== undefined) throw new UsageError('extraArgument', { argument: action });
    return { kind: 'outbox', json };
  }
  if (group === 'pull') {
    if (action !== undefined) throw new UsageError('extraArgument', { argument: action });
    return { kind: 'pull', json, target: required(values.target, 'target') };
  }
  if (group === 'export') {
    if (action === undefined) throw new UsageError('missingArgument', { command: 'export', argument: 'id' });
    if (rest.length > 0) throw new UsageError('extraArgument', { argument: rest[0]! });
    const format = exportFormatSchema.safeParse(required(values.format, 'format'));
    if (!format.success) throw new UsageError('unknownOption', { option: `--format ${String(values.format)}` });
    const out = values.out === undefined ? undefined : required(values.out, 'out');
    // A Word file on the terminal would be noise, and a pipe has a file for that.
    if (format.data === 'docx' && out === undefined) throw new UsageError('binaryNeedsOut', { format: format.data });
    return { kind: 'export', json, id: action, format: format.data, out };
  }
  if (group === 'publish') {
    if (action === undefined) throw new UsageError('missingArgument', { command: 'publish', argument: 'id' });
    if (rest.length > 0) throw new UsageError('extraArgument', { argument: rest[0]! });
    const status = publishStatusSchema.safeParse(values.status ?? (values.at ? 'future' : 'draft'));
    if (!status.success) throw new UsageError('unknownOption', { option: `--status ${String(values.status)}` });
    const at = values.at === undefined ? undefined : new Date(required(values.at, 'at'));
    if (at && Number.isNaN(at.getTime())) throw new UsageError('missingOptionValue', { option: 'at' });
    const override = values.override === undefined ? undefined : required(values.override, 'override');
    return {
      kind: 'publish',
      json,
      id: action,
      target: required(values.target, 'target'),
      status: status.data,
      at: at?.toISOString(),
      override,
    };
  }
  const kind = `targets.${action ?? ''}`;
  if (kind === 'targets.list') return { kind, json };
  if (!['targets.add', 'targets.test', 'targets.remove'].includes(kind)) {
    throw new UsageError('unknownCommand', { command: ['targets', action].filter(Boolean).join(' ') });
  }
  const [name, extra] = rest;
  if (name === undefined) throw new UsageError('missingArgument', { command: kind.replace('.', ' '), argument: 'value' });
  if (extra !== undefined) throw new UsageError('extraArgument', { argument: extra });
  if (kind === 'targets.add') {
    if (required(values.type ?? 'wordpress', 'type') !== 'wordpress') throw new UsageError('unknownOption', { option: `--type ${String(values.type)}` });
    return {
      kind,
      json,
      name,
      url: required(values.url, 'url'),
      user: required(values.user, 'user'),
      passwordStdin: values['password-stdin'] === true,
    };
  }
  return { kind: kind as 'targets.test' | 'targets.remove', json, name };
}
