import { useId, useMemo } from 'react';
import { isKnownZone } from '../../../../shared/time/tzdb';

/** The runtime's zone names that the bundled time-zone database (which computes every time shown) knows. */
export function TimeZoneField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone').filter(isKnownZone);
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
