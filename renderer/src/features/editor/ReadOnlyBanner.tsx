import { useTranslation } from 'react-i18next';

/** The draft is being edited elsewhere: say where, and offer to take over explicitly. */
export function ReadOnlyBanner({ heldBy, onTakeOver }: { heldBy: string | undefined; onTakeOver: () => void }) {
  const { t } = useTranslation('editor');
  return (
    <div role="alert" className="banner banner-info">
      <span>{heldBy ? t('readOnly.heldBy', { heldBy }) : t('readOnly.elsewhere')}</span>
      <button type="button" onClick={onTakeOver}>
        {t('readOnly.takeOver')}
      </button>
    </div>
  );
}
