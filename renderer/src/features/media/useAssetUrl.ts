import { useEffect, useState } from 'react';
import { useMidad } from '../../app/AppContext';
import { base64ToBytes } from './imageFiles';

/**
 * A blob URL for a stored picture, loaded once per asset and revoked when the
 * picture leaves the page. Undefined while loading or when it cannot be read.
 */
export function useAssetUrl(draftId: string | undefined, assetId: string): string | undefined {
  const midad = useMidad();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!draftId || !assetId) return;
    let objectUrl: string | undefined;
    let active = true;
    midad.assets
      .get({ draftId, assetId })
      .then(({ mime, base64 }) => {
        if (!active) return;
        objectUrl = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mime }));
        setUrl(objectUrl);
      })
      .catch(() => setUrl(undefined));
    return () => {
      active = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      setUrl(undefined);
    };
  }, [midad, draftId, assetId]);
  return url;
}
