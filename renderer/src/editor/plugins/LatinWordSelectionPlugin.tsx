import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { latinTokenAround } from './latinToken';

/**
 * A double-click on a time, date or code inside Arabic text (`13:05`,
 * `21/12/2021`) selects all of it, where the browser's word breaking would
 * select a piece. Lexical reads the widened selection on `selectionchange`.
 */
export function LatinWordSelectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const widen = (event: MouseEvent) => {
      if (event.detail !== 2) return;
      const selection = (event.currentTarget as HTMLElement).ownerDocument.getSelection();
      const node = selection?.anchorNode;
      if (!selection || !node || node !== selection.focusNode || node.nodeType !== Node.TEXT_NODE) return;
      const start = Math.min(selection.anchorOffset, selection.focusOffset);
      const end = Math.max(selection.anchorOffset, selection.focusOffset);
      const token = latinTokenAround(node.textContent ?? '', start, end);
      if (token) selection.setBaseAndExtent(node, token.start, node, token.end);
    };
    const unregister = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('dblclick', widen);
      root?.addEventListener('dblclick', widen);
    });
    return () => {
      unregister();
      editor.getRootElement()?.removeEventListener('dblclick', widen);
    };
  }, [editor]);
  return null;
}
