import { createI18n } from '../../shared/i18n/createI18n';
import { MidadError } from '../../shared/api/errors';
import type { UiLanguage } from '../../shared/model/language';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Translates `cli` keys by default and any namespace as `errors:code`. */
export async function createTranslator(language: UiLanguage): Promise<Translate> {
  const i18n = await createI18n(language);
  const t = i18n.getFixedT(language, 'cli');
  return (key, params) => t(key, params ?? {});
}

/** A problem with how the command was typed: exit code 2 and a hint to see --help. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

/** One translated line for anything a command failed with; never a stack trace. */
export function errorLine(error: unknown, t: Translate): string {
  if (error instanceof UsageError) {
    const { argument } = error.params;
    return t(`usageError.${error.key}`, { ...error.params, argument: argument && t(`argument.${argument}`) });
  }
  const midadError = MidadError.revive(error);
  return t(`errors:${midadError.code}`, midadError.params);
}
