import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorShortcutsPlugin } from '../../editor/plugins/EditorShortcutsPlugin';
import { actionById, shortcutLabel, type ActionContext } from './editorActions';
import { LinkDialog } from './LinkDialog';
import { useToolbarState, type ToolbarState } from './useToolbarState';

const GROUPS = [
  ['undo', 'redo'],
  ['bold', 'italic', 'underline', 'link'],
  ['paragraph', 'h2', 'h3', 'pullquote', 'bullet', 'number', 'separator', 'picture', 'embed'],
  ['direction'],
  ['comment'],
] as const;
type ActionId = (typeof GROUPS)[number][number];

const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

function pressed(id: ActionId, state: ToolbarState): boolean | undefined {
  if (id === 'bold' || id === 'italic' || id === 'underline') return state[id];
  if (id === 'paragraph' || id === 'h2' || id === 'h3' || id === 'pullquote' || id === 'bullet' || id === 'number') {
    return state.block === id;
  }
  return undefined;
}

interface EditorToolbarProps {
  articleDirection: 'rtl' | 'ltr';
  /** Buttons of the session (library, checkpoint, panels), at the toolbar's end. */
  children?: ReactNode;
}

/**
 * The formatting toolbar and its keyboard shortcuts, both from `editorActions`.
 * Buttons keep the editor's focus (mousedown is cancelled) and show their
 * state from `useToolbarState`, which changes only when the selection's block
 * or formats do.
 */
export function EditorToolbar({ articleDirection, children }: EditorToolbarProps) {
  const { t } = useTranslation('editor');
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState(editor);
  const [linkOpen, setLinkOpen] = useState(false);
  const context: Omit<ActionContext, 'editor'> = { articleDirection, requestLink: () => setLinkOpen(true) };
  const bodyBlock = state.block !== 'fixed';

  const disabled = (id: ActionId) =>
    (id === 'undo' && !state.canUndo) ||
    (id === 'redo' && !state.canRedo) ||
    (GROUPS[2].includes(id as (typeof GROUPS)[2][number]) && !bodyBlock);

  return (
    <>
      <div role="toolbar" aria-label={t('toolbar.label')} className="editor-toolbar">
        {GROUPS.map((group) => (
          <div className="toolbar-group" key={group[0]}>
            {group.map((id) => {
              const action = actionById.get(id)!;
              const label = t(`toolbar.${id}`);
              const keys = action.shortcuts.map((shortcut) => shortcutLabel(shortcut, IS_MAC)).join(' / ');
              return (
                <button
                  key={id}
                  type="button"
                  className={`toolbar-button toolbar-${id}`}
                  aria-label={label}
                  aria-keyshortcuts={keys.replaceAll(' / ', ' ')}
                  title={`${label} (${keys})`}
                  aria-pressed={pressed(id, state)}
                  disabled={disabled(id)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => action.run({ ...context, editor })}
                >
                  {t(`toolbar.short.${id}`)}
                </button>
              );
            })}
          </div>
        ))}
        <div className="toolbar-group toolbar-end">{children}</div>
      </div>
      <EditorShortcutsPlugin context={context} />
      {linkOpen && <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} />}
    </>
  );
}
