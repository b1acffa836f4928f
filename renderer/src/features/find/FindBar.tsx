import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelection, $setSelection, HISTORY_PUSH_TAG } from 'lexical';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { $findMatches, $replaceMatches, type FindMatch } from './editorFind';
import { clearMatches, paintMatches } from './findHighlights';
import { foldQuery } from './findMatches';

interface FindBarProps {
  /** Opens with the replace field shown (Ctrl+H) or not (Ctrl+F). */
  withReplace: boolean;
  onClose: () => void;
}

const RESCAN_MS = 250;

/**
 * Find and replace over the whole article (headline, kicker, lead, body) with
 * the library search's Arabic-insensitive matching. The document is scanned
 * when the query changes and, while the bar is open, a moment after edits stop.
 */
export function FindBar({ withReplace, onClose }: FindBarProps) {
  const { t } = useTranslation('editor');
  const [editor] = useLexicalComposerContext();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [showReplace, setShowReplace] = useState(withReplace);
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [current, setCurrent] = useState(0);

  const scan = useCallback(() => {
    const folded = foldQuery(query);
    const found = editor.getEditorState().read(() => $findMatches(folded));
    setMatches(found);
    setCurrent((index) => Math.min(index, Math.max(found.length - 1, 0)));
  }, [editor, query]);

  useEffect(() => {
    setShowReplace((shown) => shown || withReplace);
    input.current?.focus();
    input.current?.select();
  }, [withReplace]);

  useEffect(scan, [scan]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(scan, RESCAN_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, scan]);

  useEffect(() => paintMatches(editor, matches, current), [editor, matches, current]);
  useEffect(() => clearMatches, []);

  const move = (step: number) => {
    if (matches.length > 0) setCurrent((index) => (index + step + matches.length) % matches.length);
  };

  const close = () => {
    const match = matches[current];
    onClose();
    editor.update(() => {
      if (!match) return;
      const selection = $createRangeSelection();
      selection.anchor.set(match.startKey, match.startOffset, 'text');
      selection.focus.set(match.endKey, match.endOffset, 'text');
      $setSelection(selection);
    });
    editor.focus();
  };

  const replace = (which: FindMatch[]) => {
    if (which.length === 0) return;
    editor.update(() => $replaceMatches(which, replacement), { tag: HISTORY_PUSH_TAG, onUpdate: scan });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.currentTarget === input.current) {
      event.preventDefault();
      move(event.shiftKey ? -1 : 1);
    }
  };

  const count =
    query.trim() === '' ? '' : matches.length === 0 ? t('find.none') : t('find.count', { current: current + 1, total: matches.length });

  return (
    <search className="find-bar" aria-label={t('find.label')} onKeyDown={onKeyDown}>
      <div className="find-row">
        <input
          ref={input}
          type="search"
          aria-label={t('find.query')}
          placeholder={t('find.query')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span role="status" className="find-count">
          {count}
        </span>
        <button type="button" aria-label={t('find.previous')} title={t('find.previous')} disabled={matches.length === 0} onClick={() => move(-1)}>
          {t('find.previousShort')}
        </button>
        <button type="button" aria-label={t('find.next')} title={t('find.next')} disabled={matches.length === 0} onClick={() => move(1)}>
          {t('find.nextShort')}
        </button>
        <button type="button" aria-expanded={showReplace} onClick={() => setShowReplace((shown) => !shown)}>
          {t('find.toggleReplace')}
        </button>
        <button type="button" className="quiet" onClick={close}>
          {t('common:close')}
        </button>
      </div>
      {showReplace && (
        <div className="find-row">
          <input
            type="text"
            aria-label={t('find.replacement')}
            placeholder={t('find.replacement')}
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
          />
          <button type="button" disabled={matches.length === 0} onClick={() => replace(matches.slice(current, current + 1))}>
            {t('find.replaceOne')}
          </button>
          <button type="button" disabled={matches.length === 0} onClick={() => replace(matches)}>
            {t('find.replaceAll')}
          </button>
        </div>
      )}
    </search>
  );
}
