import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { $isGalleryNode } from '../../../../shared/editor/nodes/GalleryNode';
import type { FigureImage } from '../../../../shared/editor/nodes/figureDom';
import { useEditorDraft } from './editorDraft';
import { FigureView } from './FigureView';

/** A gallery as a grid of its pictures, each drawn and edited like a lone picture. */
export function GalleryComponent({ nodeKey, images }: { nodeKey: NodeKey; images: FigureImage[] }) {
  const [editor] = useLexicalComposerContext();
  const draftId = useEditorDraft(editor);
  return (
    <div className="media-gallery" contentEditable={false}>
      {images.map((image, index) => (
        <FigureView
          // Pictures have no id of their own; their place in the gallery is what the edit addresses.
          key={`${index}:${image.assetId || image.src}`}
          draftId={draftId}
          image={image}
          editable={editor.isEditable()}
          onChange={(field, value) =>
            editor.update(() => {
              const node = $getNodeByKey(nodeKey);
              if (!$isGalleryNode(node)) return;
              node.setImages(node.getImages().map((each, at) => (at === index ? { ...each, [field]: value } : each)));
            })
          }
        />
      ))}
    </div>
  );
}
