import { $getNodeByKey, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { $isImageNode, ImageNode } from '../../../../shared/editor/nodes/ImageNode';
import { dataUrlAssetRequest } from './imageFiles';

type AddAsset = (request: NonNullable<ReturnType<typeof dataUrlAssetRequest>>) => Promise<{ assetId: string }>;

/**
 * Pictures that arrive inside pasted HTML as `data:` URLs are stored with the
 * draft, like a dropped file, so the document keeps an asset id instead of
 * megabytes of base64. The swap joins the paste's undo step. `onError` hears
 * a picture the assets service refused (too large, not a picture); that one
 * keeps its inline source and stays visible.
 */
export function registerStoreInlinePictures(editor: LexicalEditor, draftId: string, addAsset: AddAsset, onError: (error: unknown) => void): () => void {
  return editor.registerMutationListener(
    ImageNode,
    (mutations) => {
      const pending = editor.getEditorState().read(() =>
        [...mutations].flatMap(([key, mutation]) => {
          const node = mutation === 'created' ? $getNodeByKey(key) : null;
          const image = $isImageNode(node) ? node.getImage() : undefined;
          const request = image && !image.assetId ? dataUrlAssetRequest(draftId, image.src) : undefined;
          return request ? [{ key, request }] : [];
        }),
      );
      for (const { key, request } of pending) {
        addAsset(request).then(
          ({ assetId }) =>
            editor.update(
              () => {
                const node = $getNodeByKey(key);
                if ($isImageNode(node) && !node.getImage().assetId) node.setImage({ assetId, src: '' });
              },
              { tag: HISTORY_MERGE_TAG },
            ),
          onError,
        );
      }
    },
    { skipInitialization: true },
  );
}
