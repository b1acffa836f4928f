import { useEffect, useId, useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
}

/**
 * A whole-number setting, written when the field is left; a number out of
 * range goes back to the saved one rather than reaching the settings file.
 */
export function NumberField({ label, value, min, max, onCommit }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const commit = () => {
    const number = Number(text);
    if (Number.isInteger(number) && number >= min && number <= max && number !== value) onCommit(number);
    else setText(String(value));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="numeric" dir="ltr" min={min} max={max} step={1} value={text} onChange={(event) => setText(event.target.value)} onBlur={commit} />
    </div>
  );
}
