import type { PublishOptions } from '../../../shared/api/publishingService';
import type { ProofreadingFinding } from '../../../shared/api/proofreadingService';
import { documentText } from '../../../shared/editor/documentText';
import { documentAsRejected, pendingSuggestionCount } from '../../../shared/review/suggestions/documentAsRejected';
import type { ArticleFields } from '../../../shared/model/article';
import type { ArticleDocument, SerializedNodeShape } from '../../../shared/model/document';
import type { HouseStyle } from '../../../shared/model/settings';

/** `publishing:checklist.<key>` names each item in the UI and the CLI. */
export type ChecklistKey =
  | 'headlineMissing'
  | 'headlineTooLong'
  | 'quoteUnattributed'
  | 'imageCaptionMissing'
  | 'imageCreditMissing'
  | 'scheduleInPast'
  | 'photosTagWithoutImages'
  | 'proofreadingErrors'
  | 'pendingSuggestions';

export interface ChecklistItem {
  key: ChecklistKey;
  /** A blocker stops publishing unless the editor overrides it with a reason. */
  severity: 'blocker' | 'warning';
  params: Record<string, string | number>;
}

export interface ChecklistInput {
  document: ArticleDocument;
  fields: ArticleFields;
  options: PublishOptions;
  houseStyle: Pick<HouseStyle, 'headlineMaxLength'>;
  /** The proofreader's findings on the saved draft; only `error` findings block. */
  findings: readonly ProofreadingFinding[];
  now: number;
}

interface Figure {
  caption: string;
  credit: string;
}

function walk(node: SerializedNodeShape, visit: (node: SerializedNodeShape) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function figuresOf(node: SerializedNodeShape): Figure[] {
  const read = (value: Record<string, unknown>): Figure => ({
    caption: typeof value.caption === 'string' ? value.caption.trim() : '',
    credit: typeof value.credit === 'string' ? value.credit.trim() : '',
  });
  if (node.type === 'midad-image') return [read(node)];
  if (node.type === 'midad-gallery' && Array.isArray(node.images)) return (node.images as Record<string, unknown>[]).map(read);
  return [];
}

function textOf(node: SerializedNodeShape): string {
  return typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('');
}

/**
 * What must hold before a story leaves: a headline within the house limit,
 * every speech quote attributed to a source, every picture captioned and
 * credited, a scheduled time still ahead, no "(صور)" tag on a story without
 * pictures (a warning), no proofreading errors, and no suggestion left
 * undecided (what goes out is the text as if every one were rejected, so
 * the other checks look at that text). Pure: the caller
 * gathers the findings and the clock.
 */
export function prePublishChecklist(input: ChecklistInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const add = (key: ChecklistKey, severity: ChecklistItem['severity'], params: ChecklistItem['params'] = {}) => items.push({ key, severity, params });

  const pending = pendingSuggestionCount(input.document);
  if (pending > 0) add('pendingSuggestions', 'blocker', { count: pending });
  const document = documentAsRejected(input.document);

  const headline = documentText(document).headline;
  const max = input.houseStyle.headlineMaxLength;
  if (!headline) add('headlineMissing', 'blocker');
  else if ([...headline].length > max) add('headlineTooLong', 'blocker', { length: [...headline].length, max });

  const figures: Figure[] = [];
  walk(document.root, (node) => {
    figures.push(...figuresOf(node));
    const attribution = node.attribution as { sourceId?: string } | undefined;
    if (node.type === 'midad-quote' && node.quoteKind === 'speech' && !attribution?.sourceId) {
      add('quoteUnattributed', 'blocker', { quote: textOf(node).trim().slice(0, 80) });
    }
  });
  figures.forEach((figure, index) => {
    if (!figure.caption) add('imageCaptionMissing', 'blocker', { image: index + 1 });
    if (!figure.credit) add('imageCreditMissing', 'blocker', { image: index + 1 });
  });
  if (input.fields.mediaTags.includes('photos') && figures.length === 0 && !input.fields.featuredImage) add('photosTagWithoutImages', 'warning');

  if (input.options.status === 'future') {
    const at = input.options.at ? Date.parse(input.options.at) : Number.NaN;
    if (!(at > input.now)) add('scheduleInPast', 'blocker', { at: input.options.at ?? '' });
  }

  const errors = input.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) add('proofreadingErrors', 'blocker', { count: errors.length, first: errors[0]!.text.slice(0, 80) });
  return items;
}

export function blockers(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.filter((item) => item.severity === 'blocker');
}
