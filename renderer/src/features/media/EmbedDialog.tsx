import type { LexicalEditor } from 'lexical';
import { $insertNodes } from 'lexical';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { $createEmbedNode } from '../../../../shared/editor/nodes/EmbedNode';
import { embedProvider, safeEmbedUrl } from '../../../../shared/editor/nodes/embedProvider';
import { Dialog } from '../../ui/Dialog';

/** The URL of an embed, accepted only from the providers the export knows (YouTube, X, Facebook, Instagram). */
export function embedUrlOf(input: string): string | undefined {
  const url = safeEmbedUrl(input.trim());
  return url && embedProvider(url) !== 'other' ? url : undefined;
}

/** Asks for an embed's URL and inserts it where the caret was when the dialog opened. */
export function EmbedDialog({ editor, onClose }: { editor: LexicalEditor; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const errorId = useId();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = embedUrlOf(value);
    if (!url) {
      setInvalid(true);
      return;
    }
    editor.update(() => $insertNodes([$createEmbedNode(url)]));
    onClose();
    editor.focus();
  };

  return (
    <Dialog title={t('media.embedTitle')} onClose={onClose}>
      <form onSubmit={submit} className="link-form">
        <label>
          {t('media.embedUrl')}
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
            {t('media.embedInvalid')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('media.embedInsert')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
