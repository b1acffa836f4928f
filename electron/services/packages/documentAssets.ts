import type { ArticleDocument } from '../../../shared/model/document';

/**
 * Asset ids of the pictures a document shows, wherever a node keeps them (an
 * image's `assetId`, a gallery's `images[].assetId`): any string field of that
 * name, so a node added later is covered without a list to keep up to date.
 */
export function documentAssetIds(document: ArticleDocument): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, field] of Object.entries(value)) {
        if (key === 'assetId' && typeof field === 'string' && field !== '') ids.add(field);
        else visit(field);
      }
    }
  };
  visit(document.root);
  return ids;
}
