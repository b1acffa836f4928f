import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../../shared/api/assetsService';
import { useMidad } from '../../app/AppContext';
import { useAssetUrl } from './useAssetUrl';

interface FeaturedImagePickerProps {
  draftId: string;
  value: string | undefined;
  onChange(assetId: string | undefined): void;
}

/** Chooses the featured image among the pictures stored with the draft, and shows it small. */
export function FeaturedImagePicker({ draftId, value, onChange }: FeaturedImagePickerProps) {
  const { t } = useTranslation('editor');
  const midad = useMidad();
  const [assets, setAssets] = useState<AssetSummary[]>([]);
  // Pictures are added while the panel is open: the list is read again when the control is used.
  const refresh = useCallback(() => {
    midad.assets.list({ draftId }).then(setAssets, () => setAssets([]));
  }, [midad, draftId]);
  useEffect(refresh, [refresh]);
  const thumbnail = useAssetUrl(draftId, value ?? '');

  return (
    <div className="field featured-image">
      <label>
        {t('media.featured')}
        <select value={value ?? ''} onFocus={refresh} onChange={(event) => onChange(event.target.value || undefined)}>
          <option value="">{t('media.featuredNone')}</option>
          {assets.map((asset, index) => (
            <option key={asset.assetId} value={asset.assetId}>
              {t('media.pictureNumber', { number: index + 1 })}
            </option>
          ))}
          {value && !assets.some((asset) => asset.assetId === value) && <option value={value}>{t('media.featured')}</option>}
        </select>
      </label>
      {assets.length === 0 && <p className="muted field-hint">{t('media.featuredEmpty')}</p>}
      {thumbnail && <img className="featured-thumbnail" src={thumbnail} alt={t('media.featuredPreview')} />}
    </div>
  );
}
