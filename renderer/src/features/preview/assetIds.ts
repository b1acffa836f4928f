/** Every `assetId` a serialized document refers to (images, gallery pictures), found by walking its JSON. */
export function assetIdsOf(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) assetIdsOf(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      if (key === 'assetId' && typeof field === 'string') found.add(field);
      else if (typeof field === 'object') assetIdsOf(field, found);
    }
  }
  return found;
}
