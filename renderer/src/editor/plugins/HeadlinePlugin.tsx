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
import { TopBlockNode } from '../../../../shared/editor/nodes/TopBlockNode';

function $selectionTopBlock(): TopBlockNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const top = selection.anchor.getNode().getTopLevelElement();
  return top instanceof TopBlockNode ? top : null;
}

function $isAtEnd(block: TopBlockNode, key: string, offset: number): boolean {
  const last = block.getLastDescendant();
  if (key === block.getKey()) return offset === block.getChildrenSize();
  return last !== null && key === last.getKey() && offset === last.getTextContentSize();
}

/**
 * Keeps the fixed top (one headline, kicker and lead, first, each one plain
 * line) and the block ids (`registerArticleStructure`, shared with the
 * headless editors). Enter at the end of a top block moves to the next
 * block; Shift+Enter and formatting in them do nothing.
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
            const block = $selectionTopBlock();
            const selection = $getSelection();
            const next = block?.getNextSibling();
            if (!block || !$isRangeSelection(selection) || !selection.isCollapsed() || !next) return false;
            if (!$isAtEnd(block, selection.anchor.key, selection.anchor.offset)) return false;
            if ('selectStart' in next && typeof next.selectStart === 'function') next.selectStart();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => $selectionTopBlock() !== null, COMMAND_PRIORITY_HIGH),
        editor.registerCommand(FORMAT_TEXT_COMMAND, () => $selectionTopBlock() !== null, COMMAND_PRIORITY_HIGH),
      ),
    [editor],
  );

  return null;
}
