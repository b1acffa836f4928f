import { parseArgs } from 'node:util';
import { articleLanguageSchema, type ArticleLanguage } from '../../shared/model/language';
import { settingKeys, settingKeySchema, type SettingKey } from '../../shared/model/settings';
import { checkOptions } from './checkOptions';
import { parseCheckCommand, type CheckCommand } from './parseCheckCommand';
import { parseCompareCommand, type CompareCommand } from './parseCompareCommand';
import { parseImportCommand, type ImportCommand } from './parseImportCommand';
import { parsePackageCommand, type PackageCommand } from './parsePackageCommand';
import { parsePublishingCommand, type PublishingCommand } from './parsePublishingCommand';
import { parseReviewCommand, type ReviewCommand } from './parseReviewCommand';
import { parseSettingValue } from './parseSettingValue';
import { UsageError } from './translator';

export type Command = PackageCommand | { json: boolean } & (
  | { kind: 'help' }
  | { kind: 'drafts.list' }
  | { kind: 'drafts.show'; id: string }
  | { kind: 'drafts.new'; headline?: string; language?: ArticleLanguage }
  | { kind: 'drafts.delete'; id: string }
  | { kind: 'drafts.restore'; id: string }
  | { kind: 'revisions'; id: string }
  | { kind: 'settings.get'; key?: SettingKey }
  | { kind: 'settings.set'; key: SettingKey; value: unknown }
) | PublishingCommand | ImportCommand | CheckCommand | ReviewCommand | CompareCommand;

const options = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  headline: { type: 'string' },
  lang: { type: 'string' },
} as const;

/** Positionals each command takes; `settings get` may leave its key out. */
const ARITY: Record<string, ('id' | 'key' | 'value')[]> = {
  'drafts.list': [],
  'drafts.show': ['id'],
  'drafts.new': [],
  'drafts.delete': ['id'],
  'drafts.restore': ['id'],
  revisions: ['id'],
  'settings.get': ['key'],
  'settings.set': ['key', 'value'],
};

function settingKey(key: string): SettingKey {
  const parsed = settingKeySchema.safeParse(key);
  if (!parsed.success) throw new UsageError('unknownSetting', { key, keys: settingKeys.join(', ') });
  return parsed.data;
}

/**
 * `midad drafts list|show|new|delete|restore`, `midad revisions ID`,
 * `midad settings get|set`. Throws `UsageError` for anything mistyped, so the
 * caller can answer with one translated line and exit code 2.
 */
export function parseCommand(argv: string[]): Command {
  // First: `import FILE.midad` is a package, any other `import` the importers'.
  const packageCommand = parsePackageCommand(argv);
  if (packageCommand) return packageCommand;
  const own = parsePublishingCommand(argv) ?? parseImportCommand(argv) ?? parseCheckCommand(argv) ?? parseReviewCommand(argv) ?? parseCompareCommand(argv);
  if (own) return own;
  const { values, positionals, tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  checkOptions(tokens, options, { positionals: true });
  const json = values.json === true;
  if (values.help === true) return { kind: 'help', json };

  const [group, action, ...rest] = positionals;
  if (group === undefined) return { kind: 'help', json };
  const kind = group === 'revisions' ? 'revisions' : `${group}.${action ?? ''}`;
  const args = group === 'revisions' ? [action, ...rest].filter((value) => value !== undefined) : rest;
  const arity = ARITY[kind];
  if (!arity) throw new UsageError('unknownCommand', { command: [group, action].filter(Boolean).join(' ') });

  const required = kind === 'settings.get' ? 0 : arity.length;
  if (args.length < required) {
    throw new UsageError('missingArgument', { command: kind.replace('.', ' '), argument: arity[args.length]! });
  }
  if (args.length > arity.length) throw new UsageError('extraArgument', { argument: args[arity.length]! });
  for (const option of ['headline', 'lang'] as const) {
    if (values[option] !== undefined && kind !== 'drafts.new') throw new UsageError('optionNotAllowed', { option });
  }

  const [first = '', second = ''] = args as string[];
  switch (kind) {
    case 'drafts.new': {
      const language = values.lang === undefined ? undefined : articleLanguageSchema.safeParse(values.lang);
      if (language && !language.success) throw new UsageError('badLanguage', { value: String(values.lang) });
      return { kind, json, headline: values.headline as string | undefined, language: language?.data };
    }
    case 'settings.get':
      return { kind, json, key: args.length ? settingKey(first) : undefined };
    case 'settings.set': {
      const key = settingKey(first);
      return { kind, json, key, value: parseSettingValue(key, second) };
    }
    case 'drafts.list':
      return { kind, json };
    default:
      return { kind: kind as 'drafts.show' | 'drafts.delete' | 'drafts.restore' | 'revisions', json, id: first };
  }
}
