import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect } from 'react';
import type { EditorExtensionContext } from '../../features/editor/editorExtensions';
import { $pasteClipboard } from './pasteClipboard';

/**
 * Paste from Word, Google Docs, LibreOffice and web pages through the
 * importers' HTML reader instead of Lexical's own: the structure (paragraphs,
 * intertitles, formatting, safe links, lists, quotes) is kept and the rest
 * (styles, scripts, handlers, tracking, comments) dropped, as one undo step.
 * Clipboard files without HTML are left to the image plugin.
 */
export function PastePlugin({ language }: EditorExtensionContext) {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          const html = data.getData('text/html');
          const text = data.getData('text/plain');
          if (!html && (data.files.length > 0 || !text)) return false;
          event.preventDefault();
          editor.update(() => $pasteClipboard({ html, text }, { window, language }), { tag: PASTE_TAG });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, language],
  );

  return null;
}
