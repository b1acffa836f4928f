import type { LexicalEditor } from 'lexical';
import { createValueStore, type ValueStore } from '../../ui/valueStore';

const counts = new WeakMap<LexicalEditor, ValueStore<number>>();

/** How many quotation marks lack a pair in an editor's text: the quote plugin counts, the sources panel shows. */
export function unbalancedMarks(editor: LexicalEditor): ValueStore<number> {
  let store = counts.get(editor);
  if (!store) counts.set(editor, (store = createValueStore(0)));
  return store;
}
