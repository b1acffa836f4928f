import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import { actionForKey, type ActionContext } from '../../features/editor/editorActions';

/**
 * The toolbar's shortcuts, by physical key. Lexical's own Ctrl+B/I/U/Z are
 * superseded so every shortcut comes from one list (`editorActions`).
 */
export function EditorShortcutsPlugin({ context }: { context: Omit<ActionContext, 'editor'> }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(context);
  latest.current = context;

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const action = actionForKey(event);
          if (!action) return false;
          event.preventDefault();
          // Run after this keydown's update: actions start updates or open dialogs of their own.
          queueMicrotask(() => action.run({ ...latest.current, editor }));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}
