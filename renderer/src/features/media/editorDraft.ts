import type { LexicalEditor } from 'lexical';
import { useSyncExternalStore } from 'react';
import { createValueStore, type ValueStore } from '../../ui/valueStore';

// Decorations render in portals of the composer, outside any plugin's React
// tree, so they find their draft through the editor they belong to.
const drafts = new WeakMap<LexicalEditor, ValueStore<string | undefined>>();

function storeOf(editor: LexicalEditor): ValueStore<string | undefined> {
  let store = drafts.get(editor);
  if (!store) drafts.set(editor, (store = createValueStore<string | undefined>(undefined)));
  return store;
}

export function setEditorDraft(editor: LexicalEditor, draftId: string | undefined): void {
  storeOf(editor).set(draftId);
}

/** The draft whose pictures this editor shows; undefined until the media plugin says. */
export function useEditorDraft(editor: LexicalEditor): string | undefined {
  const store = storeOf(editor);
  return useSyncExternalStore(store.subscribe, store.get);
}
