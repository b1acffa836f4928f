import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isNodeSelection,
  $onUpdate,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  getDOMSelection,
  isSelectionWithinEditor,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { actionForKey, type ActionContext } from '../../features/editor/editorActions';
import { $moveToArticleEdge, articleEdgeForKey } from './articleEdges';

/**
 * The toolbar's shortcuts, by physical key. Lexical's own Ctrl+B/I/U/Z are
 * superseded so every shortcut comes from one list (`editorActions`).
 *
 * Ctrl+Home / Ctrl+End move through the document rather than the page: the
 * browser's own move needs the last block laid out, and with the blocks off
 * screen skipped (`content-visibility`) it put the caret before the last
 * paragraph's first letter instead of after its last.
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
          const edge = articleEdgeForKey(event);
          if (edge) {
            event.preventDefault();
            $catchUpWithDomSelection(editor);
            $moveToArticleEdge(edge, event.shiftKey);
            return true;
          }
          const action = actionForKey(event);
          if (!action) return false;
          event.preventDefault();
          $catchUpWithDomSelection(editor);
          // Run once this keydown's update is committed: actions start updates or open dialogs of
          // their own, and read the selection just caught up with.
          $onUpdate(() => action.run({ ...latest.current, editor }));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}

/**
 * Takes the browser's selection as the editor's. The browser handles a key
 * ahead of the `selectionchange` the key before it queued, and Lexical reads
 * the browser's selection only in that event: Shift+Home then Ctrl+Alt+M typed
 * quickly (or by a macro) would comment on the caret, not on the line.
 */
function $catchUpWithDomSelection(editor: LexicalEditor): void {
  if ($isNodeSelection($getSelection())) return;
  const root = editor.getRootElement();
  const dom = getDOMSelection(root?.ownerDocument.defaultView ?? null);
  if (!dom || !isSelectionWithinEditor(editor, dom.anchorNode, dom.focusNode)) return;
  const fromDom = $createRangeSelectionFromDom(dom, editor);
  if (fromDom) $setSelection(fromDom);
}
