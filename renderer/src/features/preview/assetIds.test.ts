import { describe, expect, it } from 'vitest';
import { assetIdsOf } from './assetIds';

describe('assetIdsOf', () => {
  it('finds images and gallery pictures at any depth, once each', () => {
    const document = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'assetId' }] },
          { type: 'midad-image', assetId: 'a1', caption: 'x' },
          { type: 'midad-gallery', images: [{ assetId: 'a2' }, { assetId: 'a1' }] },
        ],
      },
    };
    expect([...assetIdsOf(document)].sort()).toEqual(['a1', 'a2']);
  });

  it('ignores an assetId that is not a string', () => {
    expect(assetIdsOf({ assetId: 3, nested: { assetId: null } }).size).toBe(0);
  });
});
