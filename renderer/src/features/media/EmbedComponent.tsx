import { useTranslation } from 'react-i18next';
import type { EmbedProvider } from '../../../../shared/editor/nodes/embedProvider';

/** An embed as a card naming the provider and the URL: the editor fetches nothing from it. */
export function EmbedComponent({ url, provider }: { url: string; provider: EmbedProvider }) {
  const { t } = useTranslation('editor');
  const name = t(`media.provider.${provider}`);
  return (
    <div className={`media-embed media-embed-${provider}`} contentEditable={false} role="group" aria-label={t('media.embedOf', { provider: name })}>
      <strong className="media-embed-provider">{name}</strong>
      <span className="media-embed-url" dir="ltr">
        {url}
      </span>
    </div>
  );
}
