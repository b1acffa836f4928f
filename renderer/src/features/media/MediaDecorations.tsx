import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { $isEmbedNode, EmbedNode } from '../../../../shared/editor/nodes/EmbedNode';
import { $isGalleryNode, GalleryNode } from '../../../../shared/editor/nodes/GalleryNode';
import { $isImageNode, ImageNode } from '../../../../shared/editor/nodes/ImageNode';
import { EmbedComponent } from './EmbedComponent';
import { GalleryComponent } from './GalleryComponent';
import { ImageComponent } from './ImageComponent';

type Drawn = { key: NodeKey; element: HTMLElement; view: React.ReactNode };

function $draw(editor: LexicalEditor, key: NodeKey): Drawn | undefined {
  const node = $getNodeByKey(key);
  const element = editor.getElementByKey(key);
  if (!element) return undefined;
  if ($isImageNode(node)) return { key, element, view: <ImageComponent nodeKey={key} image={node.getImage()} /> };
  if ($isGalleryNode(node)) return { key, element, view: <GalleryComponent nodeKey={key} images={node.getImages()} /> };
  if ($isEmbedNode(node)) return { key, element, view: <EmbedComponent url={node.getUrl()} provider={node.getProvider()} /> };
  return undefined;
}

/**
 * Draws pictures, galleries and embeds into the `<figure>` their shared nodes create.
 * The nodes stay the shared classes (their `decorate` is empty), so the JSON,
 * copy and export paths are the headless ones; the drawing follows the
 * nodes through mutation listeners.
 */
export function MediaDecorations() {
  const [editor] = useLexicalComposerContext();
  const [drawn, setDrawn] = useState<Drawn[]>([]);
  useEffect(() => {
    const keys = new Set<NodeKey>();
    const redraw = () => setDrawn(editor.getEditorState().read(() => [...keys].flatMap((key) => $draw(editor, key) ?? [])));
    const track = (mutations: Map<NodeKey, 'created' | 'updated' | 'destroyed'>) => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') keys.delete(key);
        else keys.add(key);
      }
      redraw();
    };
    return mergeRegister(
      editor.registerMutationListener(ImageNode, track, { skipInitialization: false }),
      editor.registerMutationListener(GalleryNode, track, { skipInitialization: false }),
      editor.registerMutationListener(EmbedNode, track, { skipInitialization: false }),
    );
  }, [editor]);
  return <>{drawn.map(({ key, element, view }) => createPortal(view, element, key))}</>;
}
