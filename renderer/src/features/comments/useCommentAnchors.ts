import { $isMarkNode, MarkNode } from '@lexical/mark';
import { $dfs } from '@lexical/utils';
import type { LexicalEditor, NodeKey } from 'lexical';
import { useEffect, useState } from 'react';

export interface CommentAnchors {
  /** Thread ids in the order their text comes in the document. */
  order: string[];
  /** Every mark, for decorating its DOM element. */
  marks: Array<{ key: NodeKey; ids: string[] }>;
}

const NONE: CommentAnchors = { order: [], marks: [] };

export function readCommentAnchors(editor: LexicalEditor): CommentAnchors {
  return editor.getEditorState().read(() => {
    const order: string[] = [];
    const marks: CommentAnchors['marks'] = [];
    for (const { node } of $dfs()) {
      if (!$isMarkNode(node)) continue;
      const ids = node.getIDs();
      marks.push({ key: node.getKey(), ids });
      for (const id of ids) if (!order.includes(id)) order.push(id);
    }
    return { order, marks };
  });
}

/**
 * Calls `onChange` with the anchors whenever a mark is created, changed or
 * destroyed (typing inside a mark does not clone it, so this stays cheap),
 * and once at the start.
 */
export function watchCommentAnchors(editor: LexicalEditor, onChange: (anchors: CommentAnchors) => void): () => void {
  return editor.registerMutationListener(MarkNode, () => onChange(readCommentAnchors(editor)), { skipInitialization: false });
}

export function useCommentAnchors(editor: LexicalEditor | null): CommentAnchors {
  const [anchors, setAnchors] = useState<CommentAnchors>(() => (editor ? readCommentAnchors(editor) : NONE));
  useEffect(() => {
    if (!editor) return;
    setAnchors(readCommentAnchors(editor));
    return watchCommentAnchors(editor, setAnchors);
  }, [editor]);
  return anchors;
}
