import type { RelatedHeadline } from '../model/article';
import { normalizeArabic } from '../text/arabicSearch';
import { parseDateline } from '../text/dateline';

export const TICKER = /^[•·▪►●◦‣∙*-]\s*/u;
const BREAKING = new Set(['عاجل', 'urgent', 'breaking', 'breaking news', 'derniere minute', 'derniere heure', 'flash'].map(normalizeArabic));

export interface PageHeader {
  related: RelatedHeadline[];
  breaking: boolean;
  publishedAt?: string;
  /** How many of the given lines the header took (blank lines included). */
  consumed: number;
}

/**
 * The lines a news page prints above its headline, as the fixtures show them:
 * the related-headlines ticker (• lines), the breaking flag (a line "عاجل")
 * and the date line, in any order. The first other line ends the header.
 */
export function readPageHeader(lines: readonly string[], timeZone: string): PageHeader {
  const header: PageHeader = { related: [], breaking: false, consumed: 0 };
  for (; header.consumed < lines.length; header.consumed++) {
    const line = lines[header.consumed]!.trim();
    if (line === '') continue;
    if (TICKER.test(line)) header.related.push({ title: line.replace(TICKER, '').slice(0, 500) });
    else if (BREAKING.has(normalizeArabic(line).replace(/[!:.|]+$/u, '').trim())) header.breaking = true;
    else if (header.publishedAt === undefined && (header.publishedAt = parseDateline(line, timeZone)) !== undefined) continue;
    else break;
  }
  if (header.publishedAt === undefined) delete header.publishedAt;
  return header;
}

/** Pages print the headline twice (title and heading): the same words, whatever the letter forms and spaces. */
export function sameLine(a: string, b: string): boolean {
  const fold = (line: string): string => normalizeArabic(line).replace(/\s+/gu, ' ').trim();
  return fold(a) === fold(b);
}
