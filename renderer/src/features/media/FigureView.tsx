import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureImage } from '../../../../shared/editor/nodes/figureDom';
import { isRemoteImageSrc } from './imageFiles';
import { useAssetUrl } from './useAssetUrl';

export type FigureTextField = 'caption' | 'credit' | 'alt';
const TEXT_FIELDS: FigureTextField[] = ['caption', 'credit', 'alt'];

interface FigureViewProps {
  draftId: string | undefined;
  image: FigureImage;
  editable: boolean;
  onChange(field: FigureTextField, value: string): void;
}

/**
 * One picture with its caption, credit and alt text edited in place: the
 * drawing shared by a lone picture and each picture of a gallery.
 */
export function FigureView({ draftId, image, editable, onChange }: FigureViewProps) {
  const { t } = useTranslation('editor');
  // A pasted data: picture shows while it is being stored; a remote one is never fetched (offline, tracking, CSP):
  // its address stays on the node and shows in the placeholder, for the writer to replace it.
  const remote = !image.assetId && isRemoteImageSrc(image.src);
  const url = useAssetUrl(draftId, image.assetId) ?? (remote ? undefined : image.src || undefined);
  // Typed text is kept here: the node's own value comes back through a re-render one update later.
  const [text, setText] = useState(() => ({ caption: image.caption, credit: image.credit, alt: image.alt }));

  return (
    <div className="media-image" contentEditable={false}>
      {url ? (
        <img src={url} alt={text.alt} />
      ) : (
        <div className="media-placeholder">
          {image.assetId ? t('media.loading') : remote ? t('media.remoteNotDownloaded', { url: image.src }) : t('media.notStored')}
        </div>
      )}
      <div className="media-fields">
        {TEXT_FIELDS.map((field) => (
          <label key={field} className={`media-field media-${field}`}>
            <span>{t(`media.${field}`)}</span>
            <input
              type="text"
              value={text[field]}
              readOnly={!editable}
              onChange={(event) => {
                setText((previous) => ({ ...previous, [field]: event.target.value }));
                onChange(field, event.target.value);
              }}
            />
          </label>
        ))}
      </div>
    </div>
  );
}
