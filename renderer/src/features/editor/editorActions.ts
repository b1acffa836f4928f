import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { ASK_COMMENT_COMMAND } from '../comments/commentCommands';
import { ASK_EMBED_COMMAND, PICK_PICTURE_COMMAND } from '../media/mediaCommands';
import { TOGGLE_SUGGESTION_MODE_COMMAND } from '../suggestions/suggestionMode';
import { $insertSeparator, $setBlockKind, $toggleBlockDirection, type BlockKind } from './blockFormat';

/** A physical key (`KeyboardEvent.code`) with the primary modifier (Ctrl, or Cmd on a Mac). */
export interface Shortcut {
  code: string;
  shift?: boolean;
  alt?: boolean;
}

export interface ActionContext {
  editor: LexicalEditor;
  articleDirection: 'rtl' | 'ltr';
  /** Opens the link dialog; the action itself cannot ask for a URL. */
  requestLink(): void;
}

export interface EditorAction {
  /** Also the i18n key under `editor:toolbar`. */
  id: string;
  /** Extra shortcuts that do the same (Ctrl+Y besides Ctrl+Shift+Z). */
  shortcuts: Shortcut[];
  run(context: ActionContext): void;
}

const blockAction = (id: BlockKind, shortcut: Shortcut): EditorAction => ({
  id,
  shortcuts: [shortcut],
  run: ({ editor }) => editor.update(() => $setBlockKind(id)),
});

const formatAction = (id: 'bold' | 'italic' | 'underline', code: string): EditorAction => ({
  id,
  shortcuts: [{ code }],
  run: ({ editor }) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, id),
});

/**
 * Everything the toolbar and the keyboard can do, in one list so a button and
 * its shortcut can never drift apart. Shortcuts name physical keys: with the
 * Arabic layout active Ctrl+B types لا, which a `key`-based match would miss.
 */
export const editorActions: EditorAction[] = [
  { id: 'undo', shortcuts: [{ code: 'KeyZ' }], run: ({ editor }) => editor.dispatchCommand(UNDO_COMMAND, undefined) },
  {
    id: 'redo',
    shortcuts: [{ code: 'KeyZ', shift: true }, { code: 'KeyY' }],
    run: ({ editor }) => editor.dispatchCommand(REDO_COMMAND, undefined),
  },
  formatAction('bold', 'KeyB'),
  formatAction('italic', 'KeyI'),
  formatAction('underline', 'KeyU'),
  { id: 'link', shortcuts: [{ code: 'KeyK' }], run: ({ requestLink }) => requestLink() },
  blockAction('paragraph', { code: 'Digit0', alt: true }),
  blockAction('h2', { code: 'Digit2', alt: true }),
  blockAction('h3', { code: 'Digit3', alt: true }),
  blockAction('pullquote', { code: 'KeyQ', alt: true }),
  blockAction('bullet', { code: 'Digit8', shift: true }),
  blockAction('number', { code: 'Digit7', shift: true }),
  {
    id: 'separator',
    shortcuts: [{ code: 'Minus', alt: true }],
    run: ({ editor }) => editor.update($insertSeparator),
  },
  { id: 'picture', shortcuts: [{ code: 'KeyP', alt: true }], run: ({ editor }) => editor.dispatchCommand(PICK_PICTURE_COMMAND, undefined) },
  { id: 'embed', shortcuts: [{ code: 'KeyE', alt: true }], run: ({ editor }) => editor.dispatchCommand(ASK_EMBED_COMMAND, undefined) },
  {
    id: 'direction',
    shortcuts: [{ code: 'KeyX', shift: true }],
    run: ({ editor, articleDirection }) => editor.update(() => $toggleBlockDirection(articleDirection)),
  },
  { id: 'comment', shortcuts: [{ code: 'KeyM', alt: true }], run: ({ editor }) => editor.dispatchCommand(ASK_COMMENT_COMMAND, undefined) },
  {
    id: 'suggest',
    shortcuts: [{ code: 'KeyE', shift: true }],
    run: ({ editor }) => editor.dispatchCommand(TOGGLE_SUGGESTION_MODE_COMMAND, undefined),
  },
];

export const actionById = new Map(editorActions.map((action) => [action.id, action]));

type KeyEvent = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The action a key press asks for, matched on the physical key so any keyboard layout works. */
export function actionForKey(event: KeyEvent, actions: EditorAction[] = editorActions): EditorAction | undefined {
  if (!(event.ctrlKey || event.metaKey)) return undefined;
  return actions.find((action) =>
    action.shortcuts.some(
      (shortcut) =>
        shortcut.code === event.code && !!shortcut.shift === event.shiftKey && !!shortcut.alt === event.altKey,
    ),
  );
}

const KEY_NAMES: Record<string, string> = { Period: '.', Comma: ',', Minus: '-', Equal: '=' };

/** "Ctrl+Alt+2", shown in tooltips; Latin key names, as printed on the keys. */
export function shortcutLabel(shortcut: Shortcut, mac: boolean): string {
  const key = KEY_NAMES[shortcut.code] ?? shortcut.code.replace(/^(Key|Digit)/, '');
  const parts = [mac ? '⌘' : 'Ctrl', shortcut.alt ? (mac ? '⌥' : 'Alt') : '', shortcut.shift ? (mac ? '⇧' : 'Shift') : '', key];
  return parts.filter(Boolean).join('+');
}

