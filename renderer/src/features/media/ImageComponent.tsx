import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $isImageNode } from '../../../../shared/editor/nodes/ImageNode';
import type { FigureImage } from '../../../../shared/editor/nodes/figureDom';
import { useEditorDraft } from './editorDraft';
import { useAssetUrl } from './useAssetUrl';

type TextField = 'caption' | 'credit' | 'alt';
const TEXT_FIELDS: TextField[] = ['caption', 'credit', 'alt'];

/** A picture in the editor, with its caption, credit and alt text edited in place. */
export function ImageComponent({ nodeKey, image }: { nodeKey: NodeKey; image: FigureImage }) {
  const { t } = useTranslation('editor');
  const [editor] = useLexicalComposerContext();
  const url = useAssetUrl(useEditorDraft(editor), image.assetId);
  // Typed text is kept here: the node's own value comes back through a re-render one update later.
  const [text, setText] = useState(() => ({ caption: image.caption, credit: image.credit, alt: image.alt }));
  const editable = editor.isEditable();

  const change = (field: TextField, value: string) => {
    setText((previous) => ({ ...previous, [field]: value }));
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isImageNode(node)) node.setImage({ [field]: value });
    });
  };

  return (
    <div className="media-image" contentEditable={false}>
      {url ? (
        <img src={url} alt={text.alt} />
      ) : (
        <div className="media-placeholder">
          {image.assetId ? t('media.loading') : t('media.notStored')}
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
              onChange={(event) => change(field, event.target.value)}
            />
          </label>
        ))}
      </div>
    </div>
  );
}
