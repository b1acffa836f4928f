import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import { registerArticleStructure } from '../../../../shared/editor/articleStructure';
import { $isHeadlineNode, type HeadlineNode } from '../../../../shared/editor/nodes/HeadlineNode';

function $selectionHeadline(): HeadlineNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const top = selection.anchor.getNode().getTopLevelElement();
  return $isHeadlineNode(top) ? top : null;
}

function $isAtEnd(headline: HeadlineNode, key: string, offset: number): boolean {
  const last = headline.getLastDescendant();
  if (key === headline.getKey()) return offset === headline.getChildrenSize();
  return last !== null && key === last.getKey() && offset === last.getTextContentSize();
}

/**
 * Keeps the fixed top (one headline, kicker and lead, first, each one plain
 * line) and the block ids (`registerArticleStructure`, shared with the
 * headless editors); Enter at the headline's end moves on, Shift+Enter and
 * formatting in it do nothing.
 */
export function HeadlinePlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        registerArticleStructure(editor),
        editor.registerCommand(
          INSERT_PARAGRAPH_COMMAND,
          () => {
            const headline = $selectionHeadline();
            const selection = $getSelection();
            const next = headline?.getNextSibling();
            if (!headline || !$isRangeSelection(selection) || !selection.isCollapsed() || !next) return false;
            if (!$isAtEnd(headline, selection.anchor.key, selection.anchor.offset)) return false;
            if ('selectStart' in next && typeof next.selectStart === 'function') next.selectStart();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => $selectionHeadline() !== null, COMMAND_PRIORITY_HIGH),
        editor.registerCommand(FORMAT_TEXT_COMMAND, () => $selectionHeadline() !== null, COMMAND_PRIORITY_HIGH),
      ),
    [editor],
  );

  return null;
}
