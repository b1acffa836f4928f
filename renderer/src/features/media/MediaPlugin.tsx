import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $insertNodes,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
  type BaseSelection,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { $createImageNode } from '../../../../shared/editor/nodes/ImageNode';
import { useMidad } from '../../app/AppContext';
import { useErrorText } from '../../ui/useErrorText';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { EmbedDialog } from './EmbedDialog';
import { MediaView } from './MediaView';
import { registerStoreInlinePictures } from './storeInlinePictures';
import { assetRequestOf, IMAGE_ACCEPT, imageFileProblem, imageFilesOf } from './imageFiles';
import { ASK_EMBED_COMMAND, PICK_PICTURE_COMMAND } from './mediaCommands';

/**
 * Pictures in: pasted or dropped image files and the toolbar's file picker
 * store each file with the draft and insert it where the caret is; embeds by URL.
 */
export function MediaPlugin({ draftId, readOnly }: EditorExtensionContext) {
  const [editor] = useLexicalComposerContext();
  const midad = useMidad();
  const errorText = useErrorText();
  // The effect below registers once per editor: it reads the latest translator through a ref.
  const errorTextRef = useRef(errorText);
  errorTextRef.current = errorText;
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [askEmbed, setAskEmbed] = useState(false);

  useEffect(() => {
    if (readOnly) return;
    // The selection is taken before the bytes are stored: the caret may move while they travel.
    const insertFiles = async (files: File[], selection: BaseSelection | null) => {
      setError(undefined);
      for (const file of files) {
        const problem = imageFileProblem(file);
        try {
          if (problem) throw problem;
          const { assetId } = await midad.assets.add(await assetRequestOf(draftId, file));
          editor.update(() => {
            if (!$getSelection() && selection) $setSelection(selection.clone());
            $insertNodes([$createImageNode({ assetId })]);
          });
        } catch (caught) {
          setError(errorTextRef.current(caught));
        }
      }
    };
    const currentSelection = () => editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    /** Pasted or dropped picture files go in at the caret; anything else is left to other handlers. */
    const insertFrom = (files: File[], event: Event) => {
      if (files.length === 0) return false;
      event.preventDefault();
      void insertFiles(files, currentSelection());
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const transfer = 'clipboardData' in event ? event.clipboardData : null;
          // Copied web content carries its pictures in HTML; the HTML paste handles those.
          if (!transfer || transfer.types.includes('text/html')) return false;
          return insertFrom(imageFilesOf(transfer), event);
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!event.dataTransfer?.types.includes('Files')) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          return insertFrom(imageFilesOf(event.dataTransfer), event);
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        PICK_PICTURE_COMMAND,
        () => {
          input.current?.click();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        ASK_EMBED_COMMAND,
        () => {
          setAskEmbed(true);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      registerPickedFiles(input.current, (files) => void insertFiles(files, currentSelection())),
      registerStoreInlinePictures(editor, draftId, (request) => midad.assets.add(request), (caught) => setError(errorTextRef.current(caught))),
    );
  }, [editor, midad, draftId, readOnly]);

  if (readOnly) return <MediaView draftId={draftId} />;
  return (
    <>
      <MediaView draftId={draftId} />
      <input ref={input} type="file" accept={IMAGE_ACCEPT} multiple hidden />
      {error && (
        <p role="alert" className="media-error">
          {error}
        </p>
      )}
      {askEmbed && <EmbedDialog editor={editor} onClose={() => setAskEmbed(false)} />}
    </>
  );
}

function registerPickedFiles(input: HTMLInputElement | null, onFiles: (files: File[]) => void): () => void {
  if (!input) return () => {};
  const listener = () => {
    onFiles([...(input.files ?? [])]);
    input.value = '';
  };
  input.addEventListener('change', listener);
  return () => input.removeEventListener('change', listener);
}
