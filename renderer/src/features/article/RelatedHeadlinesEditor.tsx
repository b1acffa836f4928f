import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api/midad';
import type { RelatedHeadline } from '../../../../shared/model/article';
import { useMidad } from '../../app/AppContext';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useDraftsQuery } from '../library/useDraftsQuery';
import { normalizeLinkUrl } from '../editor/linkUrl';

interface RelatedHeadlinesEditorProps {
  draftId: string;
  related: RelatedHeadline[];
  onChange: (related: RelatedHeadline[]) => void;
}

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/**
 * The "related headlines" ticker, in order: entries are another draft found by
 * searching the library, or a URL with a title typed by hand. Up and down
 * buttons reorder from the keyboard.
 */
export function RelatedHeadlinesEditor({ draftId, related, onChange }: RelatedHeadlinesEditorProps) {
  const { t } = useTranslation('article');
  const midad = useMidad();
  const [query, setQuery] = useState('');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [urlInvalid, setUrlInvalid] = useState(false);
  const debounced = useDebouncedValue(query.trim(), 250);
  const { data: hits } = useDraftsQuery<SearchHit[]>(
    () => (debounced ? midad.library.search({ query: debounced, limit: 8 }) : Promise.resolve([])),
    [debounced],
  );

  const addDraft = (hit: SearchHit) => {
    if (!related.some((item) => item.draftId === hit.id)) onChange([...related, { title: hit.headline, draftId: hit.id }]);
    setQuery('');
  };

  const addUrl = () => {
    const normalized = normalizeLinkUrl(url);
    if (!normalized || !normalized.startsWith('http')) {
      setUrlInvalid(true);
      return;
    }
    onChange([...related, { title: title.trim() || normalized, url: normalized }]);
    setUrl('');
    setTitle('');
  };

  return (
    <fieldset className="related-editor">
      <legend>{t('related.label')}</legend>
      <ol className="related-list">
        {related.map((item, index) => (
          <li key={`${item.draftId ?? item.url}-${index}`}>
            <span className="related-title">{item.title}</span>
            <span className="related-actions">
              <button type="button" aria-label={t('related.up', { title: item.title })} disabled={index === 0} onClick={() => onChange(move(related, index, index - 1))}>
                ↑
              </button>
              <button
                type="button"
                aria-label={t('related.down', { title: item.title })}
                disabled={index === related.length - 1}
                onClick={() => onChange(move(related, index, index + 1))}
              >
                ↓
              </button>
              <button type="button" aria-label={t('remove', { item: item.title })} onClick={() => onChange(related.filter((_, i) => i !== index))}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      <label className="field">
        {t('related.search')}
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {debounced && hits && (
        <ul className="related-hits" aria-label={t('related.results')}>
          {hits
            .filter((hit) => hit.id !== draftId)
            .map((hit) => (
              <li key={hit.id}>
                <button type="button" className="link-button" onClick={() => addDraft(hit)}>
                  {hit.headline || t('untitled')}
                </button>
              </li>
            ))}
        </ul>
      )}
      <label className="field">
        {t('related.url')}
        <input
          type="url"
          dir="ltr"
          value={url}
          aria-invalid={urlInvalid}
          onChange={(event) => {
            setUrl(event.target.value);
            setUrlInvalid(false);
          }}
        />
      </label>
      <label className="field">
        {t('related.urlTitle')}
        <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      {urlInvalid && <p role="alert" className="field-error">{t('related.invalidUrl')}</p>}
      <button type="button" onClick={addUrl} disabled={url.trim() === ''}>
        {t('related.addUrl')}
      </button>
    </fieldset>
  );
}
