import type { LexicalEditor } from 'lexical';
import { createValueStore, type ValueStore } from '../../ui/valueStore';

const stores = new WeakMap<LexicalEditor, ValueStore<string | null>>();

/**
 * The thread the user is on (caret in its text, or picked in the panel), per
 * editor: the plugin inside the composer and the panel beside it share it.
 */
export function activeThreadOf(editor: LexicalEditor): ValueStore<string | null> {
  let store = stores.get(editor);
  if (!store) {
    store = createValueStore<string | null>(null);
    stores.set(editor, store);
  }
  return store;
}
