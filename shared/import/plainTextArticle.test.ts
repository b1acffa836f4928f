import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../model/importedArticle';
import { plainTextArticle } from './plainTextArticle';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const names = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/u, ''));

interface Expected {
  language: string;
  headline: string;
  breaking: boolean;
  publishedAt: string;
  mediaTags: string[];
  related: string[];
  leadStartsWith?: string;
  intertitles: string[];
  paragraphs: number;
}

const intertitles = (article: ImportedArticle) => article.blocks.flatMap((block) => (block.kind === 'intertitle' ? [block.text] : []));

describe.each(names)('plainTextArticle(%s)', (name) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
  const article = plainTextArticle(readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'));

  it('reads the header: ticker, breaking flag, date line, headline once without its media tag', () => {
    expect(article.language).toBe(expected.language);
    expect(article.headline).toBe(expected.headline);
    expect(article.fields.breaking).toBe(expected.breaking);
    expect(article.fields.publishedAt).toBe(expected.publishedAt);
    expect(article.fields.mediaTags).toEqual(expected.mediaTags);
    expect(article.fields.related?.map((entry) => entry.title)).toEqual(expected.related);
  });

  it('reads the lead, the intertitles and the paragraphs', () => {
    if (expected.leadStartsWith) expect(article.lead.startsWith(expected.leadStartsWith)).toBe(true);
    else expect(article.lead).toBe('');
    expect(intertitles(article)).toEqual(expected.intertitles);
    expect(article.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(expected.paragraphs);
  });

  it('keeps every word of the body, the quotation marks moving into quote runs', () => {
    const source = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
    const strip = (text: string) => text.replace(/[“”"«»\s]/gu, '');
    const body = article.blocks
      .map((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : block.kind === 'intertitle' ? block.text : ''))
      .join('');
    const lastLines = source.trim().split('\n').slice(-3).join('');
    expect(strip(body).endsWith(strip(lastLines))).toBe(true);
  });

  it('points every speech run at a source of the article', () => {
    const ids = new Set(article.sources.map((source) => source.id));
    const runs = article.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : []));
    const speech = runs.filter((run) => run.quote?.kind === 'speech');
    expect(speech.length).toBeGreaterThan(0);
    for (const run of speech) expect(ids.has(run.quote!.attribution.sourceId!)).toBe(true);
    for (const run of runs.filter((run) => run.quote?.kind === 'term')) expect(run.quote!.attribution).toEqual({});
  });
});

describe('plainTextArticle edge cases', () => {
  it('gives an article with no header lines its first line as headline and no lead without an intertitle', () => {
    const article = plainTextArticle('عنوان المقال\n\nفقرة أولى طويلة بما يكفي.\n\nفقرة ثانية.');
    expect(article).toMatchObject({ headline: 'عنوان المقال', lead: '', fields: { breaking: false, related: [] } });
    expect(article.fields.publishedAt).toBeUndefined();
    expect(article.blocks).toHaveLength(2);
  });

  it('does not take a last short line for an intertitle, nor a sentence that ends with a full stop', () => {
    const article = plainTextArticle('العنوان\n\nالفقرة الأولى.\n\nجملة قصيرة.\n\nانتهى');
    expect(article.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('warns about quotation marks that do not pair', () => {
    const article = plainTextArticle('العنوان\n\nوقال المسؤول إن “الأمر لم يحسم بعد.');
    expect(article.warnings.map((warning) => warning.key)).toContain('warning.unbalancedQuote');
  });
});
