import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { registerArticleStructure } from './articleStructure';
import { articleNodes } from './nodes';

/** A headless editor with every article node, for exporters, importers and tests; errors are thrown, not logged. */
export function createArticleEditor(options: { structure?: boolean } = {}): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'midad-article',
    nodes: articleNodes,
    onError: (error) => {
      throw error;
    },
  });
  if (options.structure) registerArticleStructure(editor);
  return editor;
}

/**
 * Reads the editor with `document` as the one its nodes build DOM in.
 * Lexical's `$getDocument()` (which every `exportDOM` uses) answers the owner
 * document of the editor's root element and otherwise falls back to the
 * global `document`; a headless editor has no root element, so one from the
 * given document is lent for the duration of the read. Nothing else reads it
 * during a read, and no global is touched.
 */
export function readWithDocument<T>(editor: LexicalEditor, document: Document, read: () => T): T {
  const previous = editor._rootElement;
  editor._rootElement = document.createElement('div');
  try {
    return editor.read(read);
  } finally {
    editor._rootElement = previous;
  }
}
