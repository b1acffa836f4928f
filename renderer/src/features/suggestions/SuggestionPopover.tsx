import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideSuggestion } from './decideSuggestion';

interface Opened {
  id: string;
  top: number;
  left: number;
}

const SELECTOR = '[data-suggestion-id]';

/** Accept / reject beside a suggestion the user clicked in the text. */
export function SuggestionPopover({ editor }: { editor: LexicalEditor }) {
  const { t } = useTranslation('suggestions');
  const [opened, setOpened] = useState<Opened | null>(null);

  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        const onClick = (event: MouseEvent) => {
          const target = event.target instanceof Element ? event.target.closest(SELECTOR) : null;
          const id = target?.getAttribute('data-suggestion-id');
          if (!target || !id) {
            setOpened(null);
            return;
          }
          const rect = target.getBoundingClientRect();
          setOpened({ id, top: rect.bottom + 4, left: rect.left + rect.width / 2 });
        };
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
        return () => root?.removeEventListener('click', onClick);
      }),
    [editor],
  );

  useEffect(() => {
    if (!opened) return undefined;
    const close = (event: KeyboardEvent) => event.key === 'Escape' && setOpened(null);
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [opened]);

  if (!opened) return null;
  const decide = (accept: boolean) => {
    decideSuggestion(editor, opened.id, accept);
    setOpened(null);
  };
  return (
    <div className="suggestion-popover" role="dialog" aria-label={t('panel.title')} style={{ top: opened.top, left: opened.left }}>
      <button type="button" className="accept" onMouseDown={(event) => event.preventDefault()} onClick={() => decide(true)}>
        {t('accept')}
      </button>
      <button type="button" className="reject" onMouseDown={(event) => event.preventDefault()} onClick={() => decide(false)}>
        {t('reject')}
      </button>
    </div>
  );
}
