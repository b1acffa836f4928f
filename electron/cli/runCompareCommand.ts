import type { BlockComparison, Comparison, FieldValue, Quote, QuoteChange, WordChange } from '../../shared/review/compare/comparison';
import type { CompareCommand } from './parseCompareCommand';
import type { CommandOutput } from './runCommand';
import type { Translate } from './translator';

type Call = <T>(channel: string, args: unknown) => Promise<T>;

function value(field: FieldValue, t: Translate): string {
  if (field === null) return '—';
  if (typeof field === 'boolean') return t(field ? 'compare.yes' : 'compare.no');
  return Array.isArray(field) ? field.join('، ') : field;
}

function quoteLine(change: QuoteChange, t: Translate): string {
  const quote = (change.after ?? change.before)!;
  const who = (side: Quote | undefined) => (side ? [side.sourceName, side.attribution.titleUsed ?? side.sourceTitle, side.attribution.outlet].filter(Boolean).join('، ') : '');
  const text = `“${quote.text.slice(0, 80)}”`;
  if (change.status !== 'changed') return `  ${t(`compare.quote.${change.status}`, { text, who: who(quote) })}`;
  const lines = [`  ${t('compare.quote.changed', { text })}`];
  if (change.textChanged) lines.push(`    - ${change.before!.text}`, `    + ${change.after!.text}`);
  if (change.attributionChanged.length > 0) lines.push(`    ${t('compare.quote.attribution', { before: who(change.before) || '—', after: who(change.after) || '—' })}`);
  return lines.join('\n');
}

/** `- words` / `+ words` for each run of changes, so a reader sees whole words replaced. */
function wordLines(words: readonly WordChange[]): string[] {
  const lines: string[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed.trim()) lines.push(`    - ${removed.trim()}`);
    if (added.trim()) lines.push(`    + ${added.trim()}`);
    removed = added = '';
  };
  for (const word of words) {
    if (word.op === 'delete') removed += word.text;
    else if (word.op === 'insert') added += word.text;
    else flush();
  }
  flush();
  return lines;
}

function blockLines(block: BlockComparison, t: Translate): string[] {
  const where = t('compare.block.where', { number: (block.newIndex ?? block.oldIndex ?? 0) + 1, role: t(`compare.role.${block.role}`) });
  if (block.status === 'added') return [`  ${where} ${t('compare.block.added')}`, `    + ${block.newText!.trim()}`];
  if (block.status === 'removed') return [`  ${where} ${t('compare.block.removed')}`, `    - ${block.oldText!.trim()}`];
  const moved = block.moved ? [t('compare.block.moved', { from: block.oldIndex! + 1, to: block.newIndex! + 1 })] : [];
  const changed = block.status === 'changed' ? [t('compare.block.changed')] : [];
  const words = block.words ? wordLines(block.words) : [];
  return [`  ${where} ${[...moved, ...changed].join(' · ')}`, ...words];
}

/** A readable summary of what changed, in the UI language; `--json` prints the Comparison itself. */
export function comparisonText(comparison: Comparison, t: Translate): string {
  const sections: string[] = [];
  if (comparison.fields.length > 0) {
    sections.push(
      [t('compare.fields'), ...comparison.fields.map((change) => `  ${t(`compare.field.${change.field}`)}: ${value(change.before, t)} → ${value(change.after, t)}`)].join('\n'),
    );
  }
  if (!comparison.fieldsKnown) sections.push(t('compare.fieldsUnknown'));
  if (comparison.quotes.length > 0) sections.push([t('compare.quotes'), ...comparison.quotes.map((change) => quoteLine(change, t))].join('\n'));
  const blocks = comparison.blocks.filter((block) => block.status !== 'unchanged' || block.moved);
  if (blocks.length > 0) sections.push([t('compare.blocks'), ...blocks.flatMap((block) => blockLines(block, t))].join('\n'));
  return sections.length > 0 ? sections.join('\n\n') : t('compare.nothing');
}

export async function runCompareCommand(command: CompareCommand, call: Call, t: Translate): Promise<CommandOutput> {
  const comparison = await call<Comparison>('compare.revisions', { id: command.id, from: command.from, to: command.to });
  return { json: comparison, human: comparisonText(comparison, t) };
}
