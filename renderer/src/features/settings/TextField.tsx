import { useEffect, useId, useState } from 'react';

/** A text setting, written when the field is left (not per keystroke, which would hit the disk each time). */
export function TextField({ label, value, onCommit, dir }: { label: string; value: string; onCommit: (value: string) => void; dir?: 'ltr' | 'rtl' }) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        dir={dir}
        value={text}
        maxLength={200}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => text !== value && onCommit(text)}
      />
    </div>
  );
}
