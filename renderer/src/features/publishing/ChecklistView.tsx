import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { checklistItemSchema } from '../../../../shared/api/publishingService';

export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** The pre-publish checklist as the service found it: what must be fixed first, then what to check. */
export function ChecklistView({ items }: { items: ChecklistItem[] | undefined }) {
  const { t } = useTranslation('publishing');
  if (!items) return <p role="status">{t('publish.checking')}</p>;
  if (items.length === 0) return <p className="checklist-clear">{t('publish.allClear')}</p>;
  const ordered = [...items].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocker' ? -1 : 1));
  return (
    <ul className="checklist">
      {ordered.map((item, index) => (
        <li key={`${item.key}-${index}`} className={`checklist-${item.severity}`}>
          <span className="checklist-severity">{t(item.severity === 'blocker' ? 'publish.blocker' : 'publish.warning')}</span>{' '}
          {t(`checklist.${item.key}`, item.params)}
        </li>
      ))}
    </ul>
  );
}
