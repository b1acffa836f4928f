import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface TagsInputProps {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  max?: number;
}

/**
 * A list of short texts as chips: Enter or the Arabic or Latin comma adds the
 * typed text, Backspace in the empty field removes the last chip, and each
 * chip has its own remove button.
 */
export function TagsInput({ label, values, onChange, max = 50 }: TagsInputProps) {
  const { t } = useTranslation('article');
  const id = useId();
  const [draft, setDraft] = useState('');

  const add = () => {
    const value = draft.trim();
    setDraft('');
    if (value && !values.includes(value) && values.length < max) onChange([...values, value]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',' || event.key === '\u060C') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <ul className="chips" aria-label={label}>
        {values.map((value) => (
          <li key={value} className="chip">
            <span>{value}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('remove', { item: value })}
              onClick={() => onChange(values.filter((item) => item !== value))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input id={id} type="text" value={draft} onChange={(event) => setDraft(event.target.value)} onKeyDown={onKeyDown} onBlur={add} />
    </div>
  );
}
