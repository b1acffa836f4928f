import { useTranslation } from 'react-i18next';
import { useMidad } from '../../app/AppContext';
import { openDraft } from '../../app/openDraft';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useErrorText } from '../../ui/useErrorText';
import { Highlighted } from './Highlighted';
import { useDraftsQuery } from './useDraftsQuery';

const SEARCH_DEBOUNCE_MS = 100;

/** Search as you type: the query is sent once typing pauses for 100 ms. */
export function SearchResults({ query }: { query: string }) {
  const { t } = useTranslation('library');
  const midad = useMidad();
  const errorText = useErrorText();
  const debounced = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const { data: hits, error } = useDraftsQuery(() => midad.library.search({ query: debounced }), [debounced]);

  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!hits) return null;
  if (hits.length === 0) return <p className="empty">{t('search.noResults', { query: debounced })}</p>;
  return (
    <section aria-label={t('search.results')}>
      <ul className="search-results">
        {hits.map((hit) => (
          <li key={hit.id}>
            <button type="button" className="link-button hit-headline" onClick={() => void openDraft(midad, hit.id)}>
              {hit.headline ? <Highlighted text={hit.headline} ranges={hit.headlineHighlights} /> : t('untitled')}
            </button>
            <p className="hit-snippet">
              <Highlighted text={hit.snippet} ranges={hit.snippetHighlights} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
