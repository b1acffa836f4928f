import type { parseArgs } from 'node:util';
import { UsageError } from './translator';

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];
type OptionTypes = Record<string, { type: 'string' | 'boolean' }>;

/**
 * Checks what a non-strict `parseArgs` let through. Parsing is non-strict so a
 * mistyped option is reported in the user's language rather than Node's English.
 */
export function checkOptions(tokens: Token[], options: OptionTypes, { positionals }: { positionals: boolean }): void {
  for (const token of tokens) {
    if (token.kind === 'positional' && !positionals) throw new UsageError('extraArgument', { argument: token.value });
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (!option) throw new UsageError('unknownOption', { option: token.rawName });
    if (option.type === 'string' && token.value === undefined) throw new UsageError('missingOptionValue', { option: token.name });
    if (option.type === 'boolean' && token.value !== undefined) throw new UsageError('unknownOption', { option: token.rawName });
  }
}
