import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import { useEffect } from 'react';
import { useMidad } from '../../app/AppContext';
import type { EditorExtensionContext } from '../../features/editor/editorExtensions';
import { $unsourcedSpeechKeys, linkQuotesToDirectory } from './linkPastedQuotes';
import { $pasteClipboard } from './pasteClipboard';

/**
 * Paste from Word, Google Docs, LibreOffice and web pages through the
 * importers' HTML reader instead of Lexical's own: the structure (paragraphs,
 * intertitles, formatting, safe links, lists, quotes) is kept and the rest
 * (styles, scripts, handlers, tracking, comments) dropped, as one undo step.
 * Pasted speech whose speaker the directory knows is linked to that source.
 * Clipboard files without HTML are left to the image plugin.
 */
export function PastePlugin({ language, fields }: EditorExtensionContext) {
  const [editor] = useLexicalComposerContext();
  const midad = useMidad();

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
          const before = editor.getEditorState().read($unsourcedSpeechKeys);
          const linkPasted = () => {
            const pasted = [...editor.getEditorState().read($unsourcedSpeechKeys)].filter((key) => !before.has(key));
            if (pasted.length === 0) return;
            const findSources = (args: { query: string; limit: number }) => midad.sources.list(args);
            void linkQuotesToDirectory(editor, pasted, { language, outlet: fields.get().outlet || undefined, findSources });
          };
          editor.update(() => $pasteClipboard({ html, text }, { window, language }), { tag: PASTE_TAG, onUpdate: linkPasted });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, language, fields, midad],
  );

  return null;
}
