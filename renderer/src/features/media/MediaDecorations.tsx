import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { $isEmbedNode, EmbedNode } from '../../../../shared/editor/nodes/EmbedNode';
import { $isGalleryNode, GalleryNode } from '../../../../shared/editor/nodes/GalleryNode';
import { $isImageNode, ImageNode } from '../../../../shared/editor/nodes/ImageNode';
import { $isRawBlockNode, RawBlockNode } from '../../../../shared/editor/nodes/RawBlockNode';
import { EmbedComponent } from './EmbedComponent';
import { GalleryComponent } from './GalleryComponent';
import { ImageComponent } from './ImageComponent';
import { RawBlockComponent } from './RawBlockComponent';

type Drawn = { key: NodeKey; element: HTMLElement; view: React.ReactNode };

function $draw(editor: LexicalEditor, key: NodeKey): Drawn | undefined {
  const node = $getNodeByKey(key);
  const element = editor.getElementByKey(key);
  if (!element) return undefined;
  if ($isImageNode(node)) return { key, element, view: <ImageComponent nodeKey={key} image={node.getImage()} /> };
  if ($isGalleryNode(node)) return { key, element, view: <GalleryComponent nodeKey={key} images={node.getImages()} /> };
  if ($isEmbedNode(node)) return { key, element, view: <EmbedComponent url={node.getUrl()} provider={node.getProvider()} /> };
  if ($isRawBlockNode(node)) return { key, element, view: <RawBlockComponent name={node.getName()} markup={node.getMarkup()} /> };
  return undefined;
}

/**
 * Draws pictures, galleries, embeds and kept WordPress blocks into the element their shared nodes create.
 * The nodes stay the shared classes (their `decorate` is empty), so the JSON,
 * copy and export paths are the headless ones; the drawing follows the
 * nodes through mutation listeners.
 */
export function MediaDecorations() {
  const [editor] = useLexicalComposerContext();
  const [drawn, setDrawn] = useState<Drawn[]>([]);
  useEffect(() => {
    // Only the mutated nodes are drawn again: the others keep their element, so React
    // skips them (20 pictures re-rendered on every update of a long story otherwise).
    const drawings = new Map<NodeKey, Drawn>();
    const track = (mutations: Map<NodeKey, 'created' | 'updated' | 'destroyed'>) => {
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          const next = mutation === 'destroyed' ? undefined : $draw(editor, key);
          if (next) drawings.set(key, next);
          else drawings.delete(key);
        }
      });
      setDrawn([...drawings.values()]);
    };
    return mergeRegister(
      editor.registerMutationListener(ImageNode, track, { skipInitialization: false }),
      editor.registerMutationListener(GalleryNode, track, { skipInitialization: false }),
      editor.registerMutationListener(EmbedNode, track, { skipInitialization: false }),
      editor.registerMutationListener(RawBlockNode, track, { skipInitialization: false }),
    );
  }, [editor]);
  return <>{drawn.map(({ key, element, view }) => createPortal(view, element, key))}</>;
}
