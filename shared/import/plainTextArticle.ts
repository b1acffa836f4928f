import type { MediaTag, RelatedHeadline } from '../model/article';
import { importedArticleSchema, type ImportedArticle, type ImportedBlock } from '../model/importedArticle';
import type { ArticleLanguage } from '../model/language';
import { normalizeArabic } from '../text/arabicSearch';
import { applyQuoteAnalysis } from './applyQuoteAnalysis';
import { parseDateline } from '../text/dateline';
import { detectLanguage } from './detectLanguage';
import { splitHeadline } from './headlineTags';

export interface PlainTextOptions {
  /** Detected from the letters when not given. */
  language?: ArticleLanguage;
  /** The newsroom's time zone, for the date line. */
  timeZone?: string;
  /** The publishing outlet, to tell words said to us from words said to another outlet. */
  outlet?: string;
}

const TICKER = /^[•·▪►●◦‣∙*-]\s*/u;
const BREAKING = new Set(['عاجل', 'urgent', 'breaking', 'breaking news', 'derniere minute', 'derniere heure', 'flash'].map(normalizeArabic));
/** An intertitle is a short line; a paragraph ends with punctuation. */
const INTERTITLE_MAX_WORDS = 10;
const INTERTITLE_MAX_CHARS = 90;
const SENTENCE_END = /[.!?؟:؛;,،…]$/u;
/** A standfirst is a sentence or two, not a long opening paragraph. */
const LEAD_MAX_WORDS = 80;

/**
 * A plain-text article as copied from a news page (like the fixtures) into an
 * `ImportedArticle`: the related-headlines ticker (• lines), the breaking flag
 * (a line "عاجل"), the date line, the headline (once, though pages print it
 * twice) with its media tag, the lead, intertitles and paragraphs with their
 * quotes read by the quote analysis.
 *
 * The lead rule: the first body paragraph is the lead only when the page sets
 * it apart, i.e. an intertitle follows it, and it reads as a standfirst (at most
 * 80 words, nobody's quoted words in it). Otherwise it stays a paragraph: the
 * issue's rule is that the first paragraph is not the lead unless marked so.
 */
export function plainTextArticle(text: string, options: PlainTextOptions = {}): ImportedArticle {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u00A0\u202F]/gu, ' ')
    .split('\n')
    .map((line) => line.trim());
  const language = options.language ?? detectLanguage(text);
  const timeZone = options.timeZone ?? 'Africa/Casablanca';

  const related: RelatedHeadline[] = [];
  let breaking = false;
  let publishedAt: string | undefined;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') continue;
    if (TICKER.test(line)) related.push({ title: line.replace(TICKER, '').slice(0, 500) });
    else if (BREAKING.has(normalizeArabic(line).replace(/[!:.|]+$/u, '').trim())) breaking = true;
    else if (!publishedAt && (publishedAt = parseDateline(line, timeZone))) continue;
    else break;
  }

  const rest = lines.slice(index).filter((line) => line !== '');
  const headlineLine = rest.shift() ?? '';
  if (rest[0] !== undefined && sameLine(rest[0], headlineLine)) rest.shift();
  const headline = splitHeadline(headlineLine);
  breaking ||= headline.breaking;
  const mediaTags: MediaTag[] = headline.mediaTags;

  const isIntertitle = (position: number): boolean => {
    const line = rest[position]!;
    return (
      position < rest.length - 1 &&
      line.split(/\s+/u).length <= INTERTITLE_MAX_WORDS &&
      line.length <= INTERTITLE_MAX_CHARS &&
      !SENTENCE_END.test(line) &&
      !TICKER.test(line)
    );
  };
  const body: ImportedBlock[] = rest.map((line, position) =>
    isIntertitle(position) ? { kind: 'intertitle', level: 2, text: line } : { kind: 'paragraph', runs: [{ text: line }] },
  );

  const quoted = applyQuoteAnalysis(body, { language, outlet: options.outlet });
  let blocks = quoted.blocks;
  let lead = '';
  const [first, second] = blocks;
  if (
    first?.kind === 'paragraph' &&
    second?.kind === 'intertitle' &&
    !first.runs.some((run) => run.quote?.kind === 'speech') &&
    rest[0]!.split(/\s+/u).length <= LEAD_MAX_WORDS
  ) {
    lead = rest[0]!;
    blocks = blocks.slice(1);
  }

  const warnings = [...quoted.warnings];
  if (headline.text === '') warnings.push({ key: 'warning.noHeadline' });
  return importedArticleSchema.parse({
    language,
    headline: headline.text,
    lead,
    fields: { breaking, mediaTags, related, ...(publishedAt ? { publishedAt } : {}) },
    blocks,
    sources: quoted.sources,
    warnings,
  });
}

function sameLine(a: string, b: string): boolean {
  const fold = (line: string): string => normalizeArabic(line).replace(/\s+/gu, ' ');
  return fold(a) === fold(b);
}
