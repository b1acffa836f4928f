import { useId, useMemo } from 'react';

/** Time zones from the runtime's own database (what the date line formatting will use). */
export function TimeZoneField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(value) ? known : [value, ...known];
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} dir="ltr" onChange={(event) => onChange(event.target.value)}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
    </div>
  );
}
