import { parseArgs } from 'node:util';
import { checkOptions } from './checkOptions';
import { UsageError } from './translator';

export type ReviewCommand = { json: boolean } & (
  | { kind: 'submit'; id: string; message?: string }
  | { kind: 'review'; id: string; verdict: 'approve' | 'request-changes'; message?: string }
  | { kind: 'inbox' }
);

const options = {
  json: { type: 'boolean' },
  message: { type: 'string' },
  approve: { type: 'boolean' },
  'request-changes': { type: 'string' },
} as const;

const OWN_OPTIONS: Record<ReviewCommand['kind'], (keyof typeof options)[]> = {
  submit: ['json', 'message'],
  review: ['json', 'approve', 'request-changes'],
  inbox: ['json'],
};

function isReviewKind(word: string | undefined): word is ReviewCommand['kind'] {
  return word === 'submit' || word === 'review' || word === 'inbox';
}

/** `midad submit ID [--message M]`, `midad review ID --approve | --request-changes M`, `midad inbox`; undefined for other commands. */
export function parseReviewCommand(argv: string[]): ReviewCommand | undefined {
  const { values, positionals, tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const [kind, id, extra] = positionals;
  if (!isReviewKind(kind)) return undefined;
  checkOptions(tokens, options, { positionals: true });
  for (const token of tokens) {
    if (token.kind === 'option' && !OWN_OPTIONS[kind].includes(token.name as keyof typeof options)) {
      throw new UsageError('unknownOption', { option: token.rawName });
    }
  }
  const json = values.json === true;
  if (kind === 'inbox') {
    if (id !== undefined) throw new UsageError('extraArgument', { argument: id });
    return { kind, json };
  }
  if (id === undefined) throw new UsageError('missingArgument', { command: kind, argument: 'id' });
  if (extra !== undefined) throw new UsageError('extraArgument', { argument: extra });
  if (kind === 'submit') return { kind, json, id, message: values.message as string | undefined };
  const changes = values['request-changes'] as string | undefined;
  if ((values.approve === true) === (changes !== undefined)) throw new UsageError('reviewVerdict');
  return changes === undefined ? { kind, json, id, verdict: 'approve' } : { kind, json, id, verdict: 'request-changes', message: changes };
}
