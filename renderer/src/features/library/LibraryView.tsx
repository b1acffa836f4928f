import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand, useCommand } from '../../app/commands';
import { navigate, SOURCES_HASH } from '../../app/route';
import { DraftList } from './DraftList';
import { ImportControl } from './ImportControl';
import { NewDraftControl } from './NewDraftControl';
import { QuarantineBanner } from './QuarantineBanner';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { SettingsNoticeBanner } from './SettingsNoticeBanner';
import { TrashView } from './TrashView';
import { OutboxButton } from '../publishing/OutboxButton';
import { ReviewInbox } from '../review/ReviewInbox';
import { DeskArrivals } from '../desk/DeskArrivals';

/** The library window: drafts, search, trash, and what went wrong while loading them. */
export function LibraryView() {
  const { t } = useTranslation('library');
  const [query, setQuery] = useState('');
  const [showTrash, setShowTrash] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  useCommand('find', () => searchRef.current?.focus());

  return (
    <div className="library">
      <header className="library-header">
        <h1 className="app-title">{t('title')}</h1>
        <SearchBox ref={searchRef} value={query} onChange={setQuery} />
        <NewDraftControl />
        <ImportControl />
        <button type="button" aria-pressed={showTrash} onClick={() => setShowTrash((value) => !value)}>
          {t('trash.title')}
        </button>
        <button type="button" onClick={() => navigate(SOURCES_HASH)}>
          {t('sources:directory.open')}
        </button>
        <OutboxButton />
        <button type="button" onClick={() => runCommand('open-settings')}>
          {t('common:settings')}
        </button>
      </header>
      <SettingsNoticeBanner />
      <QuarantineBanner />
      <main className="library-main">
        {query.trim() ? (
          <SearchResults query={query} />
        ) : showTrash ? (
          <TrashView />
        ) : (
          <>
            {/* What waits for the user comes first; desk arrivals (the desk folder) belong beside it. */}
            <ReviewInbox />
            <DeskArrivals />
            <DraftList />
          </>
        )}
      </main>
    </div>
  );
}
