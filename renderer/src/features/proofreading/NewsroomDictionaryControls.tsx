import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMidad } from '../../app/AppContext';
import { downloadWordList, newsroomDictionaryRevision } from './newsroomDictionary';

/**
 * Export and import of the newsroom dictionary, the word list a desk shares
 * (names such as الحافيظي, Darija used on purpose): a plain-text file, one word
 * a line, that another Midad imports.
 */
export function NewsroomDictionaryControls() {
  const { t } = useTranslation('proofreading');
  const midad = useMidad();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  const run = (work: () => Promise<string>) =>
    void work().then(setStatus, (error: unknown) => {
      console.error(error);
      setStatus(t('editor.dictionaryFailed'));
    });

  return (
    <div className="newsroom-dictionary">
      <button type="button" onClick={() => run(async () => (downloadWordList((await midad.proofreading.exportWords({})).text), ''))}>
        {t('editor.exportDictionary')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".txt,.dic,text/plain"
        aria-label={t('editor.importDictionary')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          run(async () => {
            const { added, words } = await midad.proofreading.importWords({ text: await file.text() });
            newsroomDictionaryRevision.set(newsroomDictionaryRevision.get() + 1);
            return t('editor.dictionaryImported', { added, words });
          });
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        {t('editor.importDictionary')}
      </button>
      <p role="status">{status}</p>
    </div>
  );
}
