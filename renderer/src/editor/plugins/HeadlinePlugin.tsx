import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  RootNode,
  TextNode,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { $createHeadlineNode, $isHeadlineNode, HeadlineNode } from '../../../../shared/editor/nodes/HeadlineNode';

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
 * Keeps exactly one headline, first in the document, as a single plain line:
 * Enter at its end moves into the body, Shift+Enter and formatting do nothing.
 */
export function HeadlinePlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(RootNode, (root) => {
          const first = root.getFirstChild();
          if (!$isHeadlineNode(first)) {
            const direction = root.getDirection();
            if (first) first.insertBefore($createHeadlineNode().setDirection(direction));
            else root.append($createHeadlineNode().setDirection(direction));
          }
        }),
        editor.registerNodeTransform(TextNode, (text) => {
          const parent = text.getParent();
          if ($isHeadlineNode(parent) && text.getFormat() !== 0) text.setFormat(0);
        }),
        editor.registerNodeTransform(HeadlineNode, (headline) => headline.$normalizeContent()),
        // A pasted or imported second headline becomes an ordinary paragraph.
        editor.registerMutationListener(HeadlineNode, (mutations) => {
          const created = [...mutations].filter(([, kind]) => kind === 'created').map(([key]) => key);
          if (created.length === 0) return;
          editor.update(() => {
            for (const key of created) {
              const node: LexicalNode | null = $getNodeByKey(key);
              if (!$isHeadlineNode(node) || node.getPreviousSibling() === null) continue;
              const paragraph = $createParagraphNode().setDirection(node.getDirection());
              paragraph.append(...node.getChildren());
              node.replace(paragraph);
            }
          });
        }),
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
