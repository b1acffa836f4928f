import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useMemo } from 'react';
import { createValueStore, useValue } from '../../ui/valueStore';
import { $currentBlockKind, type CurrentBlock } from './blockFormat';

export interface ToolbarState {
  block: CurrentBlock;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const INITIAL: ToolbarState = { block: 'fixed', bold: false, italic: false, underline: false, canUndo: false, canRedo: false };

const same = (a: ToolbarState, b: ToolbarState) =>
  (Object.keys(a) as Array<keyof ToolbarState>).every((key) => a[key] === b[key]);

/**
 * What the toolbar shows as pressed. Read from the selection after each
 * update (a few property reads) and published only when it differs, so typing
 * inside one paragraph never re-renders the toolbar.
 */
export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const store = useMemo(() => createValueStore(INITIAL), []);

  useEffect(() => {
    const publish = (patch: Partial<ToolbarState>) => {
      const next = { ...store.get(), ...patch };
      if (!same(next, store.get())) store.set(next);
    };
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          publish({
            block: $currentBlockKind(),
            bold: selection.hasFormat('bold'),
            italic: selection.hasFormat('italic'),
            underline: selection.hasFormat('underline'),
          });
        }),
      ),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => {
          publish({ canUndo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => {
          publish({ canRedo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, store]);

  return useValue(store);
}
