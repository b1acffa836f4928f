import { countWords, documentText } from '../../../../shared/editor/documentText';
import type { ArticleDocument, SerializedNodeShape } from '../../../../shared/model/document';

export interface ArticleCounts {
  words: number;
  /** Characters as a reader sees them: letters, digits, punctuation and spaces; tashkeel is not counted. */
  characters: number;
  /** Whole minutes at `WORDS_PER_MINUTE`, at least one for any text. */
  readingMinutes: number;
  /** Inline quotes of speech and pull quotes; quoted terms (“كيفاش”) are not quotes. */
  quotes: number;
  /** Distinct sources the quotes are linked to. */
  sources: number;
}

/** A common figure for reading Arabic news copy on screen. */
export const WORDS_PER_MINUTE = 200;
const QUOTE_TYPES = new Set(['midad-quote', 'midad-pullquote']);
const COMBINING = /\p{M}/gu;

function visit(node: SerializedNodeShape, onQuote: (node: SerializedNodeShape) => void): void {
  if (QUOTE_TYPES.has(node.type) && node.quoteKind !== 'term') onQuote(node);
  for (const child of node.children ?? []) visit(child, onQuote);
}

/**
 * The status bar's counts, from the document the autosave has just written:
 * they cost one walk per save, never anything per keystroke.
 */
export function countArticle(document: ArticleDocument): ArticleCounts {
  const { headline, blocks } = documentText(document);
  const texts = [headline, ...blocks];
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  const characters = texts.reduce((sum, text) => sum + [...text.replace(COMBINING, '')].length, 0);
  let quotes = 0;
  const sources = new Set<string>();
  for (const node of document.root.children) {
    visit(node, (quote) => {
      quotes++;
      const sourceId = (quote.attribution as { sourceId?: unknown } | undefined)?.sourceId;
      if (typeof sourceId === 'string') sources.add(sourceId);
    });
  }
  return { words, characters, readingMinutes: words === 0 ? 0 : Math.ceil(words / WORDS_PER_MINUTE), quotes, sources: sources.size };
}
