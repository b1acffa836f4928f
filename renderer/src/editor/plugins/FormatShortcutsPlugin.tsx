import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND, type TextFormatType } from 'lexical';
import { useEffect } from 'react';

const FORMAT_KEYS: Record<string, TextFormatType> = { KeyB: 'bold', KeyI: 'italic', KeyU: 'underline' };

/**
 * Ctrl/Cmd+B, I, U by physical key: with the Arabic layout active the typed
 * character is لا, ه or ع, which Lexical's own shortcuts do not recognise.
 */
export function FormatShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const format = FORMAT_KEYS[event.code];
          if (!format || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
          event.preventDefault();
          editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}
