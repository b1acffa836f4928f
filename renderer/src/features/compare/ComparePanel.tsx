import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDocument } from '../../../../shared/model/document';
import { directionOf } from '../../../../shared/model/language';
import type { BlockComparison, Comparison } from '../../../../shared/review/compare/comparison';
import { useMidad, useSettings } from '../../app/AppContext';
import { formatDateTime } from '../../i18n/formatTime';
import { SidePanel } from '../../ui/SidePanel';
import { useErrorText } from '../../ui/useErrorText';
import { useValue } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { useDraftsQuery } from '../library/useDraftsQuery';
import { ComparedBlocks, type CompareMode } from './ComparedBlocks';
import { compareRequest } from './compareRequest';
import { CompareSummary } from './CompareSummary';
import { $restoreBlock } from './restoreBlock';
import './compare.css';

const CURRENT = 'current';

interface Shown {
  comparison: Comparison;
  /** The older side's document, from which a paragraph is restored. */
  before: ArticleDocument;
}

/**
 * Two revisions compared (by default the one before the current text, and
 * the current text), inline or side by side, with a summary; a changed or
 * deleted paragraph can be put back into the live editor as one undo step.
 */
export function ComparePanel({ draftId, language, controller, getEditor, onClose }: EditorExtensionContext & { onClose(): void }) {
  const { t } = useTranslation('compare');
  const midad = useMidad();
  const { uiLanguage } = useSettings();
  const errorText = useErrorText();
  const request = useValue(compareRequest);
  const { data: revisions } = useDraftsQuery(() => midad.drafts.revisions({ id: draftId }), [draftId]);
  const [from, setFrom] = useState<string>();
  const [to, setTo] = useState(CURRENT);
  const [mode, setMode] = useState<CompareMode>('inline');
  const [shown, setShown] = useState<Shown>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (fromId: string, toId: string) => {
      setBusy(true);
      setError(undefined);
      setMessage(undefined);
      try {
        // The current text is the saved one: save what was typed first.
        if (toId === CURRENT) await controller?.flush();
        const [comparison, before] = await Promise.all([
          midad.compare.revisions({ id: draftId, from: fromId, to: toId }),
          midad.drafts.revision({ id: draftId, revisionId: fromId }),
        ]);
        setShown({ comparison, before: before.document });
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    },
    [controller, draftId, midad],
  );

  useEffect(() => {
    if (request?.draftId !== draftId) return;
    setFrom(request.from);
    setTo(CURRENT);
    void run(request.from, CURRENT);
  }, [request, draftId, run]);

  const older = from ?? revisions?.[1]?.id ?? revisions?.[0]?.id;

  const sinceSubmitted = async () => {
    setError(undefined);
    try {
      await controller?.flush();
      const { submitted } = await midad.compare.sinceSubmitted({ id: draftId });
      if (!submitted) {
        setShown(undefined);
        setMessage(t('neverSubmitted'));
        return;
      }
      setFrom(submitted.id);
      setTo(CURRENT);
      await run(submitted.id, CURRENT);
    } catch (caught) {
      setError(caught);
    }
  };

  const restore = (block: BlockComparison) => {
    const editor = getEditor();
    if (!editor || !shown || block.oldIndex === undefined) return;
    editor.update(() => $restoreBlock(shown.before, block.oldIndex!, block.newIndex), {
      onUpdate: () => {
        setMessage(t('block.restored'));
        if (older) void run(older, to);
      },
    });
  };

  const option = (id: string, label: string) => (
    <option key={id} value={id}>
      {label}
    </option>
  );
  const revisionOptions = (revisions ?? []).map((revision) =>
    option(revision.id, `${t(`editor:revisions.kind.${revision.kind}`)} · ${formatDateTime(revision.createdAt, uiLanguage)}`),
  );

  return (
    <SidePanel className="side-panel compare-panel" title={t('title')} onClose={onClose}>
      <div className="compare-controls">
        <label>
          {t('from')}{' '}
          <select value={older ?? ''} onChange={(event) => setFrom(event.target.value)}>
            {revisionOptions}
          </select>
        </label>
        <label>
          {t('to')}{' '}
          <select value={to} onChange={(event) => setTo(event.target.value)}>
            {option(CURRENT, t('current'))}
            {revisionOptions}
          </select>
        </label>
        <button type="button" disabled={!older || busy} onClick={() => older && void run(older, to)}>
          {t('compare')}
        </button>
        <button type="button" onClick={() => void sinceSubmitted()}>
          {t('sinceSubmitted')}
        </button>
        <div role="group" aria-label={t('mode.label')}>
          {(['inline', 'side'] as const).map((value) => (
            <button key={value} type="button" aria-pressed={mode === value} onClick={() => setMode(value)}>
              {t(`mode.${value}`)}
            </button>
          ))}
        </div>
      </div>
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      {message && <p role="status">{message}</p>}
      {busy && <p className="muted">{t('loading')}</p>}
      {shown && (
        <>
          <CompareSummary comparison={shown.comparison} />
          <ComparedBlocks
            blocks={shown.comparison.blocks}
            mode={mode}
            direction={directionOf(language)}
            onRestore={controller ? restore : undefined}
          />
        </>
      )}
    </SidePanel>
  );
}
