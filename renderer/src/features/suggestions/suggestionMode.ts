import { createCommand, type LexicalEditor } from 'lexical';
import { createValueStore, type ValueStore } from '../../ui/valueStore';

/** Ctrl+Shift+E and the mode button: switch between editing and suggesting. */
export const TOGGLE_SUGGESTION_MODE_COMMAND = createCommand<void>('TOGGLE_SUGGESTION_MODE_COMMAND');

/** Whether an editor is in suggestion mode; per open editor, not saved (the suggestions themselves are). */
const modes = new WeakMap<LexicalEditor, ValueStore<boolean>>();

export function suggestionMode(editor: LexicalEditor): ValueStore<boolean> {
  let mode = modes.get(editor);
  if (!mode) {
    mode = createValueStore(false);
    modes.set(editor, mode);
  }
  return mode;
}
