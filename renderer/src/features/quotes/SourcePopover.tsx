import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteChannels, type Attribution, type QuoteChannel, type Source } from '../../../../shared/model/source';
import { useMidad } from '../../app/AppContext';
import { Dialog } from '../../ui/Dialog';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useErrorText } from '../../ui/useErrorText';
import { matchDirectorySource, type QuoteSuggestion } from './quoteSuggestion';
import { NewSourceForm } from './NewSourceForm';

export interface SourceChoice {
  kind: 'speech' | 'term';
  attribution: Attribution;
  /** The directory record picked or created, so the draft's list has it at once. */
  source?: Source;
}

interface SourcePopoverProps {
  /** Inline quotes may be switched to a term; pull quotes are always someone's words. */
  allowTerm: boolean;
  kind: 'speech' | 'term';
  attribution: Attribution;
  suggestion: QuoteSuggestion | undefined;
  onDone(choice: SourceChoice): void;
  onClose(): void;
}

/**
 * Asks who said a quote: a combobox over the sources directory, pre-filled
 * from the sentence around the quote, with "new source" on the spot, and how
 * the words were obtained. Everything works from the keyboard.
 */
export function SourcePopover({ allowTerm, kind: initialKind, attribution, suggestion, onDone, onClose }: SourcePopoverProps) {
  const { t } = useTranslation('sources');
  const midad = useMidad();
  const errorText = useErrorText();
  const listId = useId();
  const [kind, setKind] = useState(initialKind);
  const [query, setQuery] = useState(suggestion?.speaker?.name ?? '');
  const debouncedQuery = useDebouncedValue(query, 150);
  const [results, setResults] = useState<Source[]>([]);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<Source>();
  const [creating, setCreating] = useState(false);
  const [channel, setChannel] = useState<QuoteChannel | ''>(attribution.channel ?? suggestion?.channel ?? '');
  const [outlet, setOutlet] = useState(attribution.outlet ?? suggestion?.outlet ?? '');
  const [titleUsed, setTitleUsed] = useState(attribution.titleUsed ?? suggestion?.titleUsed ?? '');
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!attribution.sourceId) return;
    midad.sources.get({ id: attribution.sourceId }).then(setChosen, setError);
  }, [midad, attribution.sourceId]);

  useEffect(() => {
    let current = true;
    midad.sources.list({ query: debouncedQuery, limit: 20 }).then((found) => {
      if (!current) return;
      setResults(found);
      setActive(0);
      // The speaker the sentence names is picked when the directory knows them.
      if (suggestion?.speaker && !attribution.sourceId) {
        const match = matchDirectorySource(suggestion.speaker, found);
        if (match) setChosen((previous) => previous ?? match);
      }
    }, setError);
    return () => {
      current = false;
    };
  }, [midad, debouncedQuery, suggestion, attribution.sourceId]);

  const options = [...results.map((source) => ({ id: source.id, source })), { id: 'create', source: undefined }];
  const optionId = (index: number) => `${listId}-${index}`;
  const pick = (index: number) => {
    const option = options[index];
    if (!option) return;
    if (option.source) setChosen(option.source);
    else setCreating(true);
  };
  const onComboKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(options.length - 1, index + 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(0, index - 1));
    else if (event.key === 'Enter') pick(active);
    else return;
    event.preventDefault();
  };

  const finish = (source: Source | undefined) => {
    if (kind === 'term') return onDone({ kind, attribution: {} });
    const next: Attribution = {};
    if (source) next.sourceId = source.id;
    if (channel) next.channel = channel;
    if (channel === 'other_outlet' && outlet.trim()) next.outlet = outlet.trim();
    if (titleUsed.trim() && titleUsed.trim() !== source?.title) next.titleUsed = titleUsed.trim();
    onDone({ kind, attribution: next, source });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    finish(chosen);
  };

  if (creating) {
    return (
      <Dialog title={t('create.title')} onClose={() => setCreating(false)} className="source-popover">
        <NewSourceForm
          initial={{
            name: query || suggestion?.speaker?.name || '',
            kind: suggestion?.speaker?.kind ?? 'person',
            title: suggestion?.speaker?.title ?? '',
            organisation: suggestion?.speaker?.organisation ?? '',
            anonymous: suggestion?.speaker?.anonymous ?? false,
          }}
          onCreated={(source) => {
            setChosen(source);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      </Dialog>
    );
  }

  return (
    <Dialog title={t('popover.title')} onClose={onClose} className="source-popover">
      <form onSubmit={submit} className="source-form">
        {allowTerm && (
          <fieldset className="quote-kind">
            <legend>{t('popover.kind')}</legend>
            {(['speech', 'term'] as const).map((value) => (
              <label key={value}>
                <input type="radio" name="quote-kind" checked={kind === value} onChange={() => setKind(value)} />
                {t(`popover.${value}`)}
              </label>
            ))}
          </fieldset>
        )}
        {kind === 'speech' && (
          <>
            {chosen && <p className="chosen-source" role="status">{t('popover.chosen', { name: chosen.name })}</p>}
            {suggestion?.speaker && !chosen && <p className="suggested-source">{t('popover.suggested', { name: suggestion.speaker.name })}</p>}
            <input
              role="combobox"
              aria-label={t('popover.search')}
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={optionId(active)}
              value={query}
              autoFocus
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={onComboKey}
            />
            <ul id={listId} role="listbox" aria-label={t('popover.search')} className="source-options">
              {options.map((option, index) => (
                <li
                  key={option.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'active' : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(index)}
                >
                  {option.source
                    ? [option.source.name, option.source.title].filter(Boolean).join('، ')
                    : query.trim()
                      ? t('popover.create', { name: query.trim() })
                      : t('popover.createEmpty')}
                </li>
              ))}
            </ul>
            <label>
              {t('popover.titleUsed')}
              <input value={titleUsed} onChange={(event) => setTitleUsed(event.target.value)} />
            </label>
            <label>
              {t('popover.channel')}
              <select value={channel} onChange={(event) => setChannel(event.target.value as QuoteChannel | '')}>
                <option value="">{t('channelNames.none')}</option>
                {quoteChannels.map((value) => (
                  <option key={value} value={value}>
                    {t(`channelNames.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            {channel === 'other_outlet' && (
              <label>
                {t('popover.outlet')}
                <input value={outlet} onChange={(event) => setOutlet(event.target.value)} />
              </label>
            )}
          </>
        )}
        {error !== undefined && <p role="alert">{errorText(error)}</p>}
        <div className="dialog-actions">
          <button type="submit">{t('popover.save')}</button>
          <button type="button" onClick={onClose}>
            {t('popover.skip')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
