import { resolve } from 'node:path';
import type { ImportSummary } from '../../shared/api/importService';
import type { DraftMeta } from '../../shared/model/draft';
import type { ImportCommand } from './parseImportCommand';
import type { CommandOutput } from './runCommand';
import type { Translate } from './translator';

type Call = <T>(channel: string, args: unknown) => Promise<T>;

/** Imports a file into a new draft and says what was found: `--json` gives `{ meta, summary }`. */
export async function runImportCommand(command: ImportCommand, call: Call, t: Translate, date: (iso: string) => string): Promise<CommandOutput> {
  const result = await call<{ meta: DraftMeta; summary: ImportSummary }>('import.fromFile', { path: resolve(command.path) });
  return { json: result, human: importSummaryText(command.path, result.meta, result.summary, t, date) };
}

export function importSummaryText(file: string, meta: DraftMeta, summary: ImportSummary, t: Translate, date: (iso: string) => string): string {
  const s = (key: string, params?: Record<string, unknown>) => t(`import:summary.${key}`, params);
  const lines = [
    s('created', { id: meta.id, file, format: summary.format }),
    s('headline', { headline: summary.headline }),
    s('breaking', { value: s(summary.breaking ? 'yes' : 'no') }),
    summary.publishedAt ? s('date', { date: date(summary.publishedAt) }) : s('noDate'),
  ];
  if (summary.mediaTags.length > 0) lines.push(s('mediaTags', { tags: summary.mediaTags.join(', ') }));
  lines.push(
    s('related', { count: summary.related }),
    s('intertitles', { count: summary.intertitles }),
    s('paragraphs', { count: summary.paragraphs }),
    s('quotes', summary.quotes),
  );
  if (summary.sources.length > 0) {
    lines.push(s('sources'), ...summary.sources.map((source) => s(source.anonymous ? 'anonymous' : 'source', { name: source.name, count: source.quotes })));
  }
  if (summary.warnings.length > 0) {
    lines.push(s('warnings'), ...summary.warnings.map((warning) => `  ${t(`import:${warning.key}`, warning.params)}`));
  }
  return lines.join('\n');
}
