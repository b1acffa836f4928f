import { useEffect, useState } from 'react';
import { EditorView } from '../features/editor/EditorView';
import { LibraryView } from '../features/library/LibraryView';
import { SourcesDirectoryView } from '../features/sources/SourcesDirectoryView';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { runCommand, useCommand } from './commands';
import { useMidad, useSettings } from './AppContext';
import { openDraft, openLibrary } from './openDraft';
import { parseRoute, useHash } from './route';
import { shortcutCommand } from './shortcuts';

/** Routes between the library (`#/`) and an editor (`#/draft/<id>`), and carries out window commands. */
export function App() {
  const midad = useMidad();
  const settings = useSettings();
  const route = parseRoute(useHash());
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => midad.windows.onDidRequestCommand(({ command }) => runCommand(command)), [midad]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutCommand(event);
      if (command && runCommand(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useCommand('open-settings', () => setSettingsOpen(true));
  useCommand('open-library', () => void openLibrary(midad));
  useCommand('new-draft', () => {
    void midad.drafts
      .create({ language: settings.houseStyle.defaultLanguage })
      .then((draft) => openDraft(midad, draft.meta.id));
  });

  return (
    <>
      {route.name === 'draft' ? <EditorView key={route.id} id={route.id} /> : route.name === 'sources' ? <SourcesDirectoryView /> : <LibraryView />}
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
    </>
  );
}
