import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG } from 'lexical';
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
        editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
          if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
          // Lexical re-runs newly registered transforms over the loaded document in a
          // history-merge update; that is not an edit and must not look like one.
          if (tags.has(HISTORY_MERGE_TAG)) return;
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
