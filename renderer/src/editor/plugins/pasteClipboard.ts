import { $getSelection, $insertNodes, $isRangeSelection } from 'lexical';
import type { HtmlWindow } from '../../../../shared/editor/import/htmlToImportedArticle';
import { $importedBlocksToNodes } from '../../../../shared/editor/import/importedBlocksToNodes';
import { TopBlockNode } from '../../../../shared/editor/nodes/TopBlockNode';
import { directionOf, type ArticleLanguage } from '../../../../shared/model/language';
import { htmlClipboardBlocks, plainTextClipboardBlocks, singleLineText } from './clipboardBlocks';

/** The parts of a clipboard paste reads: `text/html` and `text/plain`, empty when absent. */
export interface ClipboardText {
  html: string;
  text: string;
}

function textOfHtml(html: string, window: HtmlWindow): string {
  return new window.DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

/**
 * Inserts the clipboard at the selection, in the current update: in the
 * headline, kicker or lead its text on one line; in the body the blocks read
 * from its HTML (else its plain text, a paragraph a line), in the article's
 * direction. Returns false when there is nothing to insert or no selection.
 */
export function $pasteClipboard(clipboard: ClipboardText, options: { window: HtmlWindow; language: ArticleLanguage }): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  if (selection.anchor.getNode().getTopLevelElement() instanceof TopBlockNode) {
    const line = singleLineText(clipboard.text || (clipboard.html ? textOfHtml(clipboard.html, options.window) : ''));
    if (line) selection.insertText(line);
    return true;
  }
  const blocks = clipboard.html ? htmlClipboardBlocks(clipboard.html, options) : plainTextClipboardBlocks(clipboard.text, options.language);
  if (blocks.length === 0) return clipboard.html !== '' || clipboard.text !== '';
  $insertNodes($importedBlocksToNodes(blocks, directionOf(options.language)));
  return true;
}
