import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../../shared/model/draft';
import { useMidad, useSettings } from '../../app/AppContext';
import { useErrorText } from '../../ui/useErrorText';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { useDraftsQuery } from '../library/useDraftsQuery';
import { ConflictView } from './ConflictView';
import { downloadPackage } from './downloadPackage';
import { isolate } from './isolate';
import './desk.css';

type DeskBarProps = EditorExtensionContext & {
  /** A resolved conflict is a new revision: the session starts again from it. */
  onReplaced: (draft: Draft) => void;
};

/**
 * The story as a portable package: "Send to desk" (when a desk folder is set)
 * and "Export .midad", with, for editors, the choice to include anonymous
 * sources' real identities (to pass the story to another editor); and, while
 * versions received from another machine wait for a decision, the banner that
 * leads to choosing between them.
 */
export function DeskBar(props: DeskBarProps) {
  const { draftId, controller, onReplaced } = props;
  const { t } = useTranslation('desk');
  const midad = useMidad();
  const { deskFolder, role } = useSettings();
  // Off by default and after every package: identities go out only when an editor ticks it for that package.
  const [withIdentities, setWithIdentities] = useState(false);
  // The service refuses a journalist asking (`confidential_editors_only`); the box is not even offered.
  const includeConfidential = role === 'editor' && withIdentities;
  const errorText = useErrorText();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [choosing, setChoosing] = useState(false);
  // Refreshed on every draft change: a package taken in the library while this is open shows here at once.
  const { data: conflicts } = useDraftsQuery(() => midad.packages.conflicts({ id: draftId }), [draftId]);
  const conflict = conflicts?.[0];

  const run = async (action: () => Promise<string | undefined>) => {
    setError(undefined);
    setNotice(undefined);
    try {
      // The package carries the saved text: what was just typed goes in first.
      await controller?.flush();
      setNotice(await action());
      setWithIdentities(false);
    } catch (caught) {
      setError(caught);
    }
  };
  const send = () =>
    run(async () => {
      await midad.desk.send({ id: draftId, includeConfidential });
      return t('package.sent');
    });
  const exportFile = () =>
    run(async () => {
      const { fileName, base64 } = await midad.packages.exportBase64({ id: draftId, includeConfidential });
      downloadPackage(fileName, base64);
      return undefined;
    });

  return (
    <>
      {conflict && (
        <div className="conflict-banner" role="alert">
          <span>{t('conflict.banner', { machine: isolate(conflict.package.sender.machine), sender: isolate(conflict.package.sender.name) })}</span>
          <button type="button" onClick={() => setChoosing(true)}>
            {t('conflict.open')}
          </button>
        </div>
      )}
      <div className="desk-bar" role="group" aria-label={t('package.group')}>
        {deskFolder && (
          <button type="button" onClick={() => void send()}>
            {t('package.send')}
          </button>
        )}
        <button type="button" onClick={() => void exportFile()}>
          {t('package.export')}
        </button>
        {role === 'editor' && (
          <label className="desk-identities">
            <input type="checkbox" checked={withIdentities} onChange={(event) => setWithIdentities(event.target.checked)} />
            {t('package.includeIdentities')}
          </label>
        )}
        {notice && <span role="status">{notice}</span>}
        {error !== undefined && <span role="alert">{errorText(error)}</span>}
      </div>
      {choosing && conflict && (
        <ConflictView
          {...props}
          conflict={conflict}
          onResolved={(draft) => {
            setChoosing(false);
            onReplaced(draft);
          }}
          onClose={() => setChoosing(false)}
        />
      )}
    </>
  );
}
