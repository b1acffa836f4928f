import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rawBlockText } from './rawBlockText';
import './rawBlock.css';

/** A WordPress block Midad has no node for: named and previewed as text, never rendered as HTML. */
export function RawBlockComponent({ name, markup }: { name: string; markup: string }) {
  const { t } = useTranslation('editor');
  const preview = useMemo(() => rawBlockText(markup), [markup]);
  return (
    <div className="raw-block" role="group" aria-label={t('rawBlock.title', { name })} contentEditable={false}>
      <p className="raw-block-title">{t('rawBlock.title', { name })}</p>
      {preview && (
        <p className="raw-block-text" dir="auto">
          {preview}
        </p>
      )}
    </div>
  );
}
