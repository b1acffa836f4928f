import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/api/packagesService';
import type { Draft } from '../../../../shared/model/draft';
import { directionOf } from '../../../../shared/model/language';
import type { Side } from '../../../../shared/review/conflicts/mergeVersions';
import { useMidad } from '../../app/AppContext';
import { Dialog } from '../../ui/Dialog';
import { useErrorText } from '../../ui/useErrorText';
import { ComparedBlocks } from '../compare/ComparedBlocks';
import '../compare/compare.css';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { conflictResolution, conflictRows, type ConflictRow } from './conflictRows';
import { isolate } from './isolate';

type ConflictViewProps = EditorExtensionContext & {
  conflict: Conflict;
  onResolved: (draft: Draft) => void;
  onClose: () => void;
};

/**
 * This machine's version and one received from another, paragraph by
 * paragraph where they differ, with a pick per paragraph (mine unless told
 * otherwise). Nothing changes until "Resolve"; closing keeps both versions.
 */
export function ConflictView({ draftId, meta, controller, conflict, onResolved, onClose }: ConflictViewProps) {
  const { t } = useTranslation('desk');
  const midad = useMidad();
  const errorText = useErrorText();
  const [rows, setRows] = useState<ConflictRow[]>();
  const [picks, setPicks] = useState<Record<string, Side>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const direction = directionOf(meta.language);
  const sender = conflict.package.sender.name;

  useEffect(() => {
    let active = true;
    // Mine is the saved text, the one `resolveConflict` merges: save what was just typed, then read it back.
    const load = async () => {
      await controller?.flush();
      const [latest] = await midad.drafts.revisions({ id: draftId });
      const { document } = await midad.drafts.revision({ id: draftId, revisionId: latest!.id });
      if (active) setRows(conflictRows(document, conflict.document));
    };
    load().catch((caught: unknown) => active && setError(caught));
    return () => {
      active = false;
    };
  }, [midad, draftId, controller, conflict]);

  const pickAll = (side: Side) => setPicks(Object.fromEntries((rows ?? []).map((row) => [row.key, side])));
  const label = (row: ConflictRow) =>
    `${t(`compare:role.${row.block.role}`)}${row.block.role === 'body' ? ` ${(row.block.newIndex ?? row.block.oldIndex ?? 0) + 1}` : ''}`;

  const resolve = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const call = () => midad.packages.resolveConflict({ id: draftId, revisionId: conflict.revisionId, ...conflictResolution(rows ?? [], picks) });
      await (controller ? controller.between(call) : call());
      const { draft } = await midad.drafts.open({ id: draftId });
      onResolved(draft);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('conflict.title')} onClose={onClose} className="conflict-view">
      <p>{t('conflict.banner', { machine: isolate(conflict.package.sender.machine), sender: isolate(sender) })}</p>
      {rows && rows.length === 0 && <p className="muted">{t('conflict.same')}</p>}
      {rows && rows.length > 0 && (
        <div className="dialog-actions">
          <button type="button" onClick={() => pickAll('mine')}>
            {t('conflict.allMine')}
          </button>
          <button type="button" onClick={() => pickAll('theirs')}>
            {t('conflict.allTheirs')}
          </button>
        </div>
      )}
      {rows?.map((row) => (
        <fieldset key={row.key} className="conflict-block" aria-label={label(row)}>
          <ComparedBlocks blocks={[row.block]} mode="side" direction={direction} headings={{ old: t('conflict.mine'), new: t('conflict.theirs', { sender }) }} />
          <div className="conflict-choice">
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side}>
                <input type="radio" name={`conflict-${row.key}`} checked={(picks[row.key] ?? 'mine') === side} onChange={() => setPicks({ ...picks, [row.key]: side })} />{' '}
                {t(side === 'mine' ? 'conflict.keepMine' : 'conflict.takeTheirs')}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('conflict.cancel')}
        </button>
        <button type="button" className="primary" disabled={!rows || busy} onClick={() => void resolve()}>
          {t('conflict.resolve')}
        </button>
      </div>
    </Dialog>
  );
}
