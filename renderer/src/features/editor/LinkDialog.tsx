import { $isLinkNode, $toggleLink } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UrlDialog } from '../../ui/UrlDialog';
import { normalizeLinkUrl } from './linkUrl';

function $linkAtSelection(): string {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return '';
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return $isLinkNode(link) ? link.getURL() : '';
}

/**
 * Asks for the URL of a link on the selection. The selection is kept from the
 * moment the dialog opens, since focus (and the editor's selection) moves into it.
 */
export function LinkDialog({ editor, onClose }: { editor: LexicalEditor; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const [{ selection, existing }] = useState(() =>
    editor.getEditorState().read(() => ({ selection: $getSelection()?.clone() ?? null, existing: $linkAtSelection() })),
  );

  const apply = (url: string | null) => {
    editor.update(() => {
      $setSelection(selection as BaseSelection | null);
      $toggleLink(url);
    });
    onClose();
    editor.focus();
  };

  return (
    <UrlDialog
      title={t('link.title')}
      label={t('link.url')}
      invalidMessage={t('link.invalid')}
      submitLabel={t('link.apply')}
      initialValue={existing}
      parse={(value) => normalizeLinkUrl(value) ?? undefined}
      onSubmit={apply}
      onClose={onClose}
      extraActions={
        existing && (
          <button type="button" onClick={() => apply(null)}>
            {t('link.remove')}
          </button>
        )
      }
    />
  );
}
