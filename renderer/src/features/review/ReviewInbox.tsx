import { useTranslation } from 'react-i18next';
import { useMidad, useSettings } from '../../app/AppContext';
import { openDraft } from '../../app/openDraft';
import { useErrorText } from '../../ui/useErrorText';
import { useDraftsQuery } from '../library/useDraftsQuery';
import { formatStepTime } from './reviewSteps';
import './review.css';

/**
 * What waits for the user, from `review.inbox`: for an editor the submitted
 * stories, oldest first, with who sent them and when; for a journalist the
 * stories that came back with changes requested, with the editor's message.
 */
export function ReviewInbox() {
  const { t } = useTranslation('review');
  const midad = useMidad();
  const { role, uiLanguage, houseStyle } = useSettings();
  const errorText = useErrorText();
  // The role is a dependency: switching it in the settings changes what the inbox holds.
  const { data: entries, error } = useDraftsQuery(() => midad.review.inbox({}), [role]);
  const editor = role === 'editor';
  const title = t(editor ? 'inbox.editorTitle' : 'inbox.journalistTitle');
  // A journalist with nothing sent back does not need an empty section.
  if (!editor && error === undefined && !entries?.length) return null;

  return (
    <section className="review-inbox" aria-label={title}>
      <h2>
        {title} {entries && entries.length > 0 && <span className="count">({entries.length})</span>}
      </h2>
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      {entries?.length === 0 && <p className="muted">{t('inbox.empty')}</p>}
      <ul>
        {entries?.map(({ meta, since }) => {
          const when = formatStepTime(since.at, uiLanguage, houseStyle.timeZone);
          return (
            <li key={meta.id}>
              <button type="button" className="link-button" onClick={() => void openDraft(midad, meta.id)}>
                {meta.headline || t('inbox.untitled')}
              </button>{' '}
              <span className="muted">{t(editor ? 'inbox.submitted' : 'inbox.requested', { by: since.by, when })}</span>
              {since.message && <blockquote>{since.message}</blockquote>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
