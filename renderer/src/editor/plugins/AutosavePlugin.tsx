import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect } from 'react';
import type { AutosaveController } from '../../features/editor/autosaveController';

/**
 * Tells the autosave controller that the text changed (not the selection), and
 * saves right away when the editor loses focus. Serializing waits for the save.
 */
export function AutosavePlugin({ controller }: { controller: AutosaveController }) {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState }) => {
          if (prevEditorState.isEmpty()) return;
          if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
          if (prevEditorState === editorState) return;
          controller.markChanged();
        }),
        editor.registerCommand(
          BLUR_COMMAND,
          () => {
            void controller.flush();
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, controller],
  );

  return null;
}
