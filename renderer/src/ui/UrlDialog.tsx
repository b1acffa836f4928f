import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface UrlDialogProps {
  title: string;
  label: string;
  invalidMessage: string;
  submitLabel: string;
  initialValue?: string;
  /** The accepted URL for what was typed, or undefined to refuse it with `invalidMessage`. */
  parse: (value: string) => string | undefined;
  onSubmit: (url: string) => void;
  onClose: () => void;
  /** Buttons beside submit and cancel (e.g. "remove link"). */
  extraActions?: ReactNode;
}

/** Asks for one URL, checks it, and says plainly when it is not acceptable. */
export function UrlDialog({ title, label, invalidMessage, submitLabel, initialValue = '', parse, onSubmit, onClose, extraActions }: UrlDialogProps) {
  const { t } = useTranslation('common');
  const errorId = useId();
  const [value, setValue] = useState(initialValue);
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const url = parse(value);
    if (url) onSubmit(url);
    else setInvalid(true);
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} className="link-form">
        <label>
          {label}
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
            {invalidMessage}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {submitLabel}
          </button>
          {extraActions}
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
