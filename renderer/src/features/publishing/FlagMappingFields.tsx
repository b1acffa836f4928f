import { useTranslation } from 'react-i18next';
import type { FlagMapping, SiteTerms } from '../../../../shared/api/publishingService';
import { TermPicker } from './TermPicker';

interface FlagMappingFieldsProps {
  legend: string;
  value: FlagMapping | undefined;
  /** The site's categories and tags, once read. */
  terms: SiteTerms | undefined;
  onChange: (value: FlagMapping | undefined) => void;
}

const EMPTY: FlagMapping = { prefix: '', suffix: '' };

/** One article flag (breaking, a media tag) and how it reaches the site: category, tag, words around the headline. */
export function FlagMappingFields({ legend, value, terms, onChange }: FlagMappingFieldsProps) {
  const { t } = useTranslation('publishing');
  const current = value ?? EMPTY;
  const change = (patch: Partial<FlagMapping>) => {
    const next = { ...current, ...patch };
    const empty = next.category === undefined && next.tag === undefined && !next.prefix && !next.suffix;
    onChange(empty ? undefined : next);
  };
  return (
    <fieldset className="flag-mapping">
      <legend>{legend}</legend>
      <TermPicker label={t('targets.category')} value={current.category} terms={terms?.categories} onChange={(category) => change({ category })} />
      <TermPicker label={t('targets.tag')} value={current.tag} terms={terms?.tags} onChange={(tag) => change({ tag })} />
      <label>
        {t('targets.prefix')}
        <input type="text" maxLength={100} value={current.prefix} onChange={(event) => change({ prefix: event.target.value })} />
      </label>
      <label>
        {t('targets.suffix')}
        <input type="text" maxLength={100} value={current.suffix} onChange={(event) => change({ suffix: event.target.value })} />
      </label>
    </fieldset>
  );
}
