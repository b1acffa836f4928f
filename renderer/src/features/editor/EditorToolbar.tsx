import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type ElementNode } from 'lexical';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { $isHeadlineNode } from '../../../../shared/editor/nodes/HeadlineNode';

/**
 * Formatting buttons. They only dispatch commands: the toolbar holds no
 * per-selection state, so typing never re-renders it.
 */
export function EditorToolbar({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('editor');
  const [editor] = useLexicalComposerContext();

  const setBlocks = (create: () => ElementNode) =>
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const touchesHeadline = selection.getNodes().some((node) => $isHeadlineNode(node.getTopLevelElement()));
      // New blocks get the article direction from DirectionPlugin.
      if (!touchesHeadline) $setBlocksType(selection, create);
    });

  const button = (label: string, text: string, onClick: () => void) => (
    <button type="button" aria-label={label} title={label} onMouseDown={(event) => event.preventDefault()} onClick={onClick}>
      {text}
    </button>
  );

  return (
    <div role="toolbar" aria-label={t('toolbar.label')} className="editor-toolbar">
      <div className="toolbar-group">
        {button(t('toolbar.bold'), t('toolbar.boldShort'), () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'))}
        {button(t('toolbar.italic'), t('toolbar.italicShort'), () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'))}
        {button(t('toolbar.underline'), t('toolbar.underlineShort'), () =>
          editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline'),
        )}
      </div>
      <div className="toolbar-group">
        {button(t('toolbar.paragraph'), t('toolbar.paragraphShort'), () => setBlocks(() => $createParagraphNode()))}
        {button(t('toolbar.h2'), t('toolbar.h2Short'), () => setBlocks(() => $createHeadingNode('h2')))}
        {button(t('toolbar.h3'), t('toolbar.h3Short'), () => setBlocks(() => $createHeadingNode('h3')))}
        {button(t('toolbar.quote'), t('toolbar.quoteShort'), () => setBlocks(() => $createQuoteNode()))}
        {button(t('toolbar.bulletList'), '•', () => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined))}
        {button(t('toolbar.numberedList'), '1.', () => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined))}
      </div>
      <div className="toolbar-group toolbar-end">{children}</div>
    </div>
  );
}
