import type { BlockKind } from '../../features/editor/blockFormat';

const TRIGGERS: Array<[RegExp, BlockKind]> = [
  [/^##$/, 'h2'],
  [/^###$/, 'h3'],
  [/^>$/, 'pullquote'],
  [/^[-*]$/, 'bullet'],
  [/^\p{Nd}+[.)]$/u, 'number'],
];

/**
 * The block a paragraph becomes when a space is typed after `text`, the
 * paragraph's whole text so far (`## ` intertitle, `> ` pull quote, `- ` list …).
 */
export function markdownTrigger(text: string): BlockKind | null {
  for (const [pattern, kind] of TRIGGERS) if (pattern.test(text)) return kind;
  return null;
}
