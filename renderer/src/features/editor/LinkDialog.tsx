import { $isLinkNode, $toggleLink } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
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
  const errorId = useId();
  const [{ selection, existing }] = useState(() =>
    editor.getEditorState().read(() => ({ selection: $getSelection()?.clone() ?? null, existing: $linkAtSelection() })),
  );
  const [value, setValue] = useState(existing);
  const [invalid, setInvalid] = useState(false);

  const apply = (url: string | null) => {
    editor.update(() => {
      $setSelection(selection as BaseSelection | null);
      $toggleLink(url);
    });
    onClose();
    editor.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = normalizeLinkUrl(value);
    if (url) apply(url);
    else setInvalid(true);
  };

  return (
    <Dialog title={t('link.title')} onClose={onClose}>
      <form onSubmit={submit} className="link-form">
        <label>
          {t('link.url')}
          <input
            type="text"
            dir="ltr"
            inputMode="url"
            autoFocus
            value={value}
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setInvalid(false);
            }}
          />
        </label>
        {invalid && (
          <p id={errorId} role="alert" className="field-error">
            {t('link.invalid')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('link.apply')}
          </button>
          {existing && (
            <button type="button" onClick={() => apply(null)}>
              {t('link.remove')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
