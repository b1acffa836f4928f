import { useTranslation } from 'react-i18next';
import type { SiteTerm } from '../../../../shared/api/publishingService';

interface TermPickerProps {
  label: string;
  /** The saved id, if any. */
  value: number | undefined;
  /** The site's terms of this kind; undefined until they are read from the site. */
  terms: SiteTerm[] | undefined;
  onChange: (id: number | undefined) => void;
}

/**
 * A category or tag of the site, chosen by name. Before the names are read
 * (offline, or not asked yet) the saved id stays chosen and shows as "#id",
 * so opening the settings never loses a mapping.
 */
export function TermPicker({ label, value, terms, onChange }: TermPickerProps) {
  const { t } = useTranslation('publishing');
  const known = terms ?? [];
  const unknownSaved = value !== undefined && !known.some((term) => term.id === value);
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}>
        <option value="">{t('targets.noTerm')}</option>
        {unknownSaved && <option value={value}>{t(terms ? 'targets.termGone' : 'targets.termById', { id: value })}</option>}
        {known.map((term) => (
          <option key={term.id} value={term.id}>
            {term.name}
          </option>
        ))}
      </select>
    </label>
  );
}
