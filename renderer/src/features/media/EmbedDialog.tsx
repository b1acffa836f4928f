import type { LexicalEditor } from 'lexical';
import { $insertNodes } from 'lexical';
import { useTranslation } from 'react-i18next';
import { $createEmbedNode } from '../../../../shared/editor/nodes/EmbedNode';
import { embedProvider, safeEmbedUrl } from '../../../../shared/editor/nodes/embedProvider';
import { UrlDialog } from '../../ui/UrlDialog';

/** The URL of an embed, accepted only from the providers the export knows (YouTube, X, Facebook, Instagram). */
export function embedUrlOf(input: string): string | undefined {
  const url = safeEmbedUrl(input.trim());
  return url && embedProvider(url) !== 'other' ? url : undefined;
}

/** Asks for an embed's URL and inserts it where the caret was when the dialog opened. */
export function EmbedDialog({ editor, onClose }: { editor: LexicalEditor; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const insert = (url: string) => {
    editor.update(() => $insertNodes([$createEmbedNode(url)]));
    onClose();
    editor.focus();
  };
  return (
    <UrlDialog
      title={t('media.embedTitle')}
      label={t('media.embedUrl')}
      invalidMessage={t('media.embedInvalid')}
      submitLabel={t('media.embedInsert')}
      parse={embedUrlOf}
      onSubmit={insert}
      onClose={onClose}
    />
  );
}
