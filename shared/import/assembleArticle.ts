import { importedArticleSchema, type ImportedArticle, type ImportedBlock } from '../model/importedArticle';
import type { ArticleLanguage } from '../model/language';
import { applyQuoteAnalysis } from './applyQuoteAnalysis';
import { splitHeadline } from './headlineTags';
import { TICKER, type PageHeader } from './pageHeader';

/** An intertitle is a short line; a paragraph ends with punctuation. */
const INTERTITLE_MAX_WORDS = 10;
const INTERTITLE_MAX_CHARS = 90;
const SENTENCE_END = /[.!?؟:؛;,،…]$/u;
/** A standfirst is a sentence or two, not a long opening paragraph. */
const LEAD_MAX_WORDS = 80;

/** Whether a body line reads as an intertitle: short, no closing punctuation, and not the article's last line. */
export function looksLikeIntertitle(line: string, isLast: boolean): boolean {
  return (
    !isLast &&
    line.split(/\s+/u).length <= INTERTITLE_MAX_WORDS &&
    line.length <= INTERTITLE_MAX_CHARS &&
    !SENTENCE_END.test(line) &&
    !TICKER.test(line)
  );
}

const plainText = (block: ImportedBlock): string => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : '');

/**
 * The last steps every news-page importer shares: the headline's media tag
 * and breaking word become fields, the quote analysis marks quotes and their
 * sources, and the lead is taken out of the body.
 *
 * The lead rule: the first body paragraph is the lead only when the page sets
 * it apart, i.e. an intertitle follows it, and it reads as a standfirst (at most
 * 80 words, nobody's quoted words in it). Otherwise it stays a paragraph: the
 * issue's rule is that the first paragraph is not the lead unless marked so.
 */
export function assembleArticle(parts: {
  language: ArticleLanguage;
  header: PageHeader;
  headlineLine: string;
  body: readonly ImportedBlock[];
  outlet?: string;
}): ImportedArticle {
  const headline = splitHeadline(parts.headlineLine);
  const quoted = applyQuoteAnalysis(parts.body, { language: parts.language, outlet: parts.outlet });
  let blocks = quoted.blocks;
  let lead = '';
  const [first, second] = blocks;
  if (
    first?.kind === 'paragraph' &&
    second?.kind === 'intertitle' &&
    !first.runs.some((run) => run.quote?.kind === 'speech') &&
    plainText(parts.body[0]!).split(/\s+/u).length <= LEAD_MAX_WORDS
  ) {
    lead = plainText(parts.body[0]!).trim();
    blocks = blocks.slice(1);
  }

  const warnings = [...quoted.warnings];
  if (headline.text === '') warnings.push({ key: 'warning.noHeadline' });
  const { related, breaking, publishedAt } = parts.header;
  return importedArticleSchema.parse({
    language: parts.language,
    headline: headline.text,
    lead,
    fields: { breaking: breaking || headline.breaking, mediaTags: headline.mediaTags, related, ...(publishedAt ? { publishedAt } : {}) },
    blocks,
    sources: quoted.sources,
    warnings,
  });
}
