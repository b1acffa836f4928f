import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { $isHeadlineNode } from '../../../../shared/editor/nodes/HeadlineNode';
import type { ValueStore } from '../../ui/valueStore';

/**
 * Publishes the headline's length in characters. Only the headline's own
 * children are read (a line of text), so this is cheap on every update; the
 * store re-renders its reader only when the number changes.
 */
export function HeadlineLengthPlugin({ length }: { length: ValueStore<number> }) {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const headline = $getRoot().getFirstChild();
          length.set($isHeadlineNode(headline) ? [...headline.getTextContent()].length : 0);
        }),
      ),
    [editor, length],
  );

  return null;
}
