import { $createTextNode, $getRoot } from 'lexical';
import type { ArticleDocument } from '../../model/document';
import type { ImportedArticle } from '../../model/importedArticle';
import { directionOf, type ArticleLanguage } from '../../model/language';
import { createArticleEditor } from '../headless';
import { $createHeadlineNode, $createKickerNode, $createLeadNode } from '../nodes';
import { $importedBlocksToNodes } from './importedBlocksToNodes';

/**
 * Turns what an importer read into the article document: headline, kicker
 * and lead blocks, then the body, every block in the article's direction and
 * with its id; quotes become `midad-quote` nodes carrying their attribution.
 * Images keep their source URL until the assets service stores them.
 */
export function importedArticleToDocument(imported: ImportedArticle, language: ArticleLanguage = imported.language): ArticleDocument {
  const direction = directionOf(language);
  const editor = createArticleEditor({ structure: true });
  editor.update(
    () => {
      const root = $getRoot().setDirection(direction);
      root.append(
        $createHeadlineNode().setDirection(direction).append(...(imported.headline ? [$createTextNode(imported.headline)] : [])),
        $createKickerNode().setDirection(direction).append(...(imported.kicker ? [$createTextNode(imported.kicker)] : [])),
        $createLeadNode().setDirection(direction).append(...(imported.lead ? [$createTextNode(imported.lead)] : [])),
      );
      root.append(...$importedBlocksToNodes(imported.blocks, direction));
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as ArticleDocument;
}

