import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteTerm } from '../../../../shared/api/publishingService';
import { TermPicker } from './TermPicker';

interface SectionMappingFieldsProps {
  /** Midad section (as typed in the article's fields) → the site's category id. */
  value: Record<string, number>;
  /** The site's categories, once read. */
  categories: SiteTerm[] | undefined;
  onChange: (value: Record<string, number>) => void;
}

type Row = { section: string; category: number | undefined };

/**
 * Which category of the site each Midad section goes to. Rows are kept as
 * typed (a half-filled one stays on screen); only complete ones are saved.
 */
export function SectionMappingFields({ value, categories, onChange }: SectionMappingFieldsProps) {
  const { t } = useTranslation('publishing');
  const [rows, setRows] = useState<Row[]>(() => Object.entries(value).map(([section, category]) => ({ section, category })));
  const change = (next: Row[]) => {
    setRows(next);
    onChange(Object.fromEntries(next.filter((row) => row.section.trim() !== '' && row.category !== undefined).map((row) => [row.section.trim(), row.category!])));
  };
  const update = (index: number, patch: Partial<Row>) => change(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="section-mapping">
      <legend>{t('targets.sections')}</legend>
      {rows.map((row, index) => (
        <div role="group" aria-label={row.section || t('targets.newSection')} className="section-mapping-row" key={index}>
          <label>
            {t('targets.section')}
            <input type="text" maxLength={200} value={row.section} onChange={(event) => update(index, { section: event.target.value })} />
          </label>
          <TermPicker label={t('targets.category')} value={row.category} terms={categories} onChange={(category) => update(index, { category })} />
          <button type="button" onClick={() => change(rows.filter((_, at) => at !== index))}>
            {t('targets.removeSection')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => change([...rows, { section: '', category: undefined }])}>
        {t('targets.addSection')}
      </button>
    </fieldset>
  );
}
