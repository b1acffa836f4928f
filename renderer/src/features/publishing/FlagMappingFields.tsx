import { useTranslation } from 'react-i18next';
import type { FlagMapping } from '../../../../shared/api/publishingService';

interface FlagMappingFieldsProps {
  legend: string;
  value: FlagMapping | undefined;
  onChange: (value: FlagMapping | undefined) => void;
}

const EMPTY: FlagMapping = { prefix: '', suffix: '' };

function termId(text: string): number | undefined {
  const id = Number.parseInt(text, 10);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** One article flag (breaking, a media tag) and how it reaches the site: category, tag, words around the headline. */
export function FlagMappingFields({ legend, value, onChange }: FlagMappingFieldsProps) {
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
      <label>
        {t('targets.category')}
        <input type="number" min={1} value={current.category ?? ''} onChange={(event) => change({ category: termId(event.target.value) })} />
      </label>
      <label>
        {t('targets.tag')}
        <input type="number" min={1} value={current.tag ?? ''} onChange={(event) => change({ tag: termId(event.target.value) })} />
      </label>
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
