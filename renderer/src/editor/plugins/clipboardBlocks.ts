import { htmlToImportedArticle, type HtmlWindow } from '../../../../shared/editor/import/htmlToImportedArticle';
import { applyQuoteAnalysis } from '../../../../shared/import/applyQuoteAnalysis';
import type { ImportedBlock } from '../../../../shared/model/importedArticle';
import type { ArticleLanguage } from '../../../../shared/model/language';

/**
 * Marks the quotes of pasted blocks as the importers do. The speakers the
 * analysis finds are not in the sources directory, so pasted quotes carry no
 * `sourceId` (the editor marks speech without a source for the writer to
 * link); how the words were obtained and the title used are kept.
 */
function withQuotes(blocks: ImportedBlock[], language: ArticleLanguage): ImportedBlock[] {
  return applyQuoteAnalysis(blocks, { language }).blocks.map((block) =>
    block.kind !== 'paragraph'
      ? block
      : {
          ...block,
          runs: block.runs.map((run) => {
            if (!run.quote?.attribution.sourceId) return run;
            const { sourceId: _unknown, ...attribution } = run.quote.attribution;
            return { ...run, quote: { ...run.quote, attribution } };
          }),
        },
  );
}

/**
 * The blocks of clipboard HTML (Word, Google Docs, LibreOffice, a web page),
 * read like an imported page but with every h1 an intertitle where it stands:
 * a paste lands in the body, the article's headline is its own field.
 */
export function htmlClipboardBlocks(html: string, options: { window: HtmlWindow; language: ArticleLanguage }): ImportedBlock[] {
  const read = htmlToImportedArticle(html, { ...options, h1IsHeadline: false });
  return withQuotes(read.blocks, options.language);
}

/** Plain text: one paragraph per line, blank lines dropped. */
export function plainTextClipboardBlocks(text: string, language: ArticleLanguage): ImportedBlock[] {
  const paragraphs = text
    .split(/\r\n|\r|\n|\u2029/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '');
  return withQuotes(
    paragraphs.map((line) => ({ kind: 'paragraph', runs: [{ text: line }] })),
    language,
  );
}

/** What a single-line field (headline, kicker, lead) takes from the clipboard: its text on one line. */
export function singleLineText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
