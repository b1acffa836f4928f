import { createDocument } from '../../../shared/editor/documentText';
import type { ArticleDocument } from '../../../shared/model/document';
import type { ImportedArticle, ImportedRun } from '../../../shared/model/importedArticle';

const MARKS = { curly: ['“', '”'], guillemets: ['«', '»'] } as const;

/**
 * The imported article as a document of plain paragraphs (lead and
 * intertitles included, quotes back between marks), used until the
 * structured conversion (`importedArticleToDocument` in shared/editor/import/)
 * is wired in: the words, fields and sources of an import are never lost.
 */
export function textDocument(article: ImportedArticle): ArticleDocument {
  const [open, close] = article.language === 'fr' ? MARKS.guillemets : MARKS.curly;
  const runText = (run: ImportedRun): string => (run.quote ? `${open}${run.text}${close}` : run.text);
  const paragraphs = article.blocks.flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
      case 'pullquote':
        return [block.runs.map(runText).join('')];
      case 'intertitle':
        return [block.text];
      case 'list':
        return block.items.map((item) => item.map(runText).join(''));
      default:
        return [];
    }
  });
  return createDocument(article.language, article.headline, [...(article.lead ? [article.lead] : []), ...paragraphs]);
}
