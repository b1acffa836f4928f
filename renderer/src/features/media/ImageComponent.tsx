import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { $isImageNode } from '../../../../shared/editor/nodes/ImageNode';
import type { FigureImage } from '../../../../shared/editor/nodes/figureDom';
import { useEditorDraft } from './editorDraft';
import { FigureView } from './FigureView';

/** A picture in the editor, with its caption, credit and alt text edited in place. */
export function ImageComponent({ nodeKey, image }: { nodeKey: NodeKey; image: FigureImage }) {
  const [editor] = useLexicalComposerContext();
  return (
    <FigureView
      draftId={useEditorDraft(editor)}
      image={image}
      editable={editor.isEditable()}
      onChange={(field, value) =>
        editor.update(() => {
          const node = $getNodeByKey(nodeKey);
          if ($isImageNode(node)) node.setImage({ [field]: value });
        })
      }
    />
  );
}
