import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isParagraphNode, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $setBlockKind } from '../../features/editor/blockFormat';
import { $caretText, isPlainCharacter } from './caretText';
import { markdownTrigger } from './markdownTriggers';

/**
 * `## `, `### `, `> `, `- `/`* ` and `1. ` at the start of a paragraph turn it
 * into an intertitle, a pull quote or a list. Only a space typed at the end of
 * a paragraph's first and only text is looked at, so other keys cost nothing.
 */
export function MarkdownShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key !== ' ' || !isPlainCharacter(event)) return false;
          const caret = $caretText();
          const node = caret?.node;
          if (!caret || !node || caret.offset !== node.getTextContentSize() || caret.before.length > 4) return false;
          const block = node.getTopLevelElement();
          if (!$isParagraphNode(block) || block.getFirstChild() !== node || node.getNextSibling()) return false;
          const kind = markdownTrigger(caret.before);
          if (!kind) return false;
          event.preventDefault();
          node.remove();
          block.selectStart();
          $setBlockKind(kind);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}
