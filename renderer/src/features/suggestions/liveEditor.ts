import type { LexicalEditor } from 'lexical';
import { createValueStore, type ValueStore } from '../../ui/valueStore';

/**
 * The draft's live editor, published by the plugin once it is mounted: a panel
 * can open (restored from the last session) before the editor exists, and
 * `getEditor()` alone would not tell it when the editor arrives.
 */
const editors = new Map<string, ValueStore<LexicalEditor | null>>();

export function liveEditor(draftId: string): ValueStore<LexicalEditor | null> {
  let store = editors.get(draftId);
  if (!store) {
    store = createValueStore<LexicalEditor | null>(null);
    editors.set(draftId, store);
  }
  return store;
}
