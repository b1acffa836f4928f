import { parseArgs } from 'node:util';
import { checkOptions } from './checkOptions';
import { UsageError } from './translator';

export type ReviewCommand = { json: boolean } & (
  | { kind: 'submit'; id: string; message?: string; acknowledge?: string }
  | { kind: 'review'; id: string; verdict: 'approve' | 'request-changes'; message?: string; acknowledge?: string }
  | { kind: 'inbox' }
);

const options = {
  json: { type: 'boolean' },
  message: { type: 'string' },
  approve: { type: 'boolean' },
  'request-changes': { type: 'string' },
  /** Keeps every proofreading error of the draft, with this reason, in the step's history (issue 6). */
  acknowledge: { type: 'string' },
} as const;

const OWN_OPTIONS: Record<ReviewCommand['kind'], (keyof typeof options)[]> = {
  submit: ['json', 'message', 'acknowledge'],
  review: ['json', 'approve', 'request-changes', 'acknowledge'],
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
  const acknowledge = values.acknowledge as string | undefined;
  if (kind === 'submit') return { kind, json, id, message: values.message as string | undefined, acknowledge };
  const changes = values['request-changes'] as string | undefined;
  if ((values.approve === true) === (changes !== undefined)) throw new UsageError('reviewVerdict');
  return changes === undefined
    ? { kind, json, id, verdict: 'approve', acknowledge }
    : { kind, json, id, verdict: 'request-changes', message: changes, acknowledge };
}
