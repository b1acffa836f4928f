import { $generateDOMFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { Window } from 'happy-dom';
import { $getRoot, $insertNodes, type LexicalEditor } from 'lexical';
import { createArticleEditor, readWithDocument } from '../headless';

/** A DOM for node tests; happy-dom's Window, never a global. */
export function testWindow(): Window {
  return new Window();
}

/** Builds a document in a fresh editor with `build` (inside an update) and returns the editor. */
export function editorWith(build: () => void, options: { structure?: boolean } = {}): LexicalEditor {
  const editor = createArticleEditor(options);
  editor.update(build, { discrete: true });
  return editor;
}

export function exportHtml(editor: LexicalEditor): string {
  const window = testWindow();
  const document = window.document as unknown as Document;
  return readWithDocument(editor, document, () => $generateDOMFromNodes(document.createElement('div'), null, editor).innerHTML);
}

/** Imports HTML into a fresh editor and returns its serialized root children. */
export function importHtml(html: string): Array<Record<string, unknown>> {
  const editor = createArticleEditor();
  const window = testWindow();
  const dom = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  editor.update(() => $insertNodes($generateNodesFromDOM(editor, dom)), { discrete: true });
  return serializedBlocks(editor);
}

export function serializedBlocks(editor: LexicalEditor): Array<Record<string, unknown>> {
  return editor.getEditorState().toJSON().root.children as unknown as Array<Record<string, unknown>>;
}

/** JSON out, into a new editor, JSON out again: both must match. */
export function roundTrip(editor: LexicalEditor): { first: string; second: string } {
  const first = JSON.stringify(editor.getEditorState().toJSON());
  const other = createArticleEditor();
  other.setEditorState(other.parseEditorState(first));
  return { first, second: JSON.stringify(other.getEditorState().toJSON()) };
}

export function $rootTypes(): string[] {
  return $getRoot().getChildren().map((node) => node.getType());
}
