import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceQuote } from '../../../../shared/api/sourcesService';
import type { Source } from '../../../../shared/model/source';
import { useMidad } from '../../app/AppContext';
import { openDraft, openLibrary } from '../../app/openDraft';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useErrorText } from '../../ui/useErrorText';
import { firstWords } from './draftSources';

/** One source's quotes across drafts, with the title each article gave it; and merging a duplicate into it. */
function SourceDetail({ source, others, onMerged }: { source: Source; others: Source[]; onMerged(kept: Source): void }) {
  const { t } = useTranslation('sources');
  const midad = useMidad();
  const errorText = useErrorText();
  const [quotes, setQuotes] = useState<SourceQuote[]>();
  const [duplicate, setDuplicate] = useState('');
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    let current = true;
    midad.sources.quotes({ sourceId: source.id }).then((found) => current && setQuotes(found), setError);
    return () => {
      current = false;
    };
  }, [midad, source.id]);

  const merge = async () => {
    try {
      onMerged(await midad.sources.merge({ keep: source.id, remove: duplicate }));
      setDuplicate('');
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="source-detail" aria-label={t('directory.quotes', { name: source.name })}>
      <h2>{t('directory.quotes', { name: source.name })}</h2>
      {[source.title, source.organisation].filter(Boolean).length > 0 && <p>{[source.title, source.organisation].filter(Boolean).join('، ')}</p>}
      {quotes?.length === 0 && <p>{t('directory.noQuotes')}</p>}
      <ul className="source-quotes">
        {quotes?.map((quote, index) => (
          <li key={`${quote.draftId}-${index}`}>
            <blockquote>{firstWords(quote.text, 30)}</blockquote>
            <p>
              {t('directory.titleUsed', { title: quote.titleUsed || '—' })} ·{' '}
              <button type="button" className="link-button" onClick={() => void openDraft(midad, quote.draftId)}>
                {t('directory.in', { headline: quote.headline })}
              </button>
            </p>
          </li>
        ))}
      </ul>
      <div className="merge-source">
        <h3>{t('directory.merge')}</h3>
        <label>
          {t('directory.mergeChoose')}
          <select value={duplicate} onChange={(event) => setDuplicate(event.target.value)}>
            <option value="" />
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {[other.name, other.title].filter(Boolean).join('، ')}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!duplicate} onClick={() => void merge()}>
          {t('directory.mergeInto', { name: source.name })}
        </button>
      </div>
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
    </section>
  );
}

/** Every source of the newsroom (`#/sources`): search, see each one's quotes across drafts, merge duplicates. */
export function SourcesDirectoryView() {
  const { t } = useTranslation('sources');
  const midad = useMidad();
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query, 150);
  const [sources, setSources] = useState<Source[]>([]);
  const [selected, setSelected] = useState<Source>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void midad.sources.list({ query: debounced, limit: 1_000 }).then((found) => current && setSources(found));
    return () => {
      current = false;
    };
  }, [midad, debounced, generation]);
  useEffect(() => midad.sources.onDidChange(() => setGeneration((value) => value + 1)), [midad]);
  useEffect(() => {
    document.title = t('directory.title');
  }, [t]);

  return (
    <main className="sources-directory">
      <header className="library-header">
        <h1>{t('directory.title')}</h1>
        <button type="button" onClick={() => void openLibrary(midad)}>
          {t('directory.back')}
        </button>
      </header>
      <input type="search" aria-label={t('directory.search')} value={query} onChange={(event) => setQuery(event.target.value)} />
      {sources.length === 0 && <p>{t('directory.empty')}</p>}
      <div className="directory-body">
        <ul className="directory-list" aria-label={t('directory.title')}>
          {sources.map((source) => (
            <li key={source.id}>
              <button type="button" aria-pressed={selected?.id === source.id} onClick={() => setSelected(source)}>
                {source.name}
                {source.title && <span className="source-title">{` — ${source.title}`}</span>}
                {source.anonymous && <span className="badge">{` (${t('directory.anonymous')})`}</span>}
              </button>
            </li>
          ))}
        </ul>
        {selected && (
          <SourceDetail
            key={`${selected.id}-${generation}`}
            source={selected}
            others={sources.filter((source) => source.id !== selected.id)}
            onMerged={(kept) => {
              setSelected(kept);
              setGeneration((value) => value + 1);
            }}
          />
        )}
      </div>
    </main>
  );
}
