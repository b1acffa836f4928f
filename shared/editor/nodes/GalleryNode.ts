import { $getDocument, $getState, $setState, DecoratorNode, type DOMConversionOutput, type DOMExportOutput, type LexicalNode } from 'lexical';
import { createFigureElement, parseFigureImage, readFigureElement, type FigureImage } from './figureDom';
import { listState } from './nodeState';

export const GALLERY_NODE_TYPE = 'midad-gallery';

const imagesState = listState('images', parseFigureImage);

function $convertGallery(element: HTMLElement): DOMConversionOutput {
  const images = [...element.querySelectorAll('figure')]
    .map((figure) => readFigureElement(figure as HTMLElement))
    .filter((image): image is FigureImage => image !== undefined && (image.assetId !== '' || image.src !== ''));
  return { node: $createGalleryNode(images) };
}

/** Several pictures shown together, each with its own caption, credit and alt text. */
export class GalleryNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config(GALLERY_NODE_TYPE, {
      extends: DecoratorNode,
      importDOM: {
        figure: (element: HTMLElement) =>
          element.hasAttribute('data-midad-gallery') ? { conversion: $convertGallery, priority: 2 } : null,
      },
      stateConfigs: [{ stateConfig: imagesState, flat: true }],
    });
  }

  getImages(): FigureImage[] {
    return $getState(this, imagesState);
  }

  setImages(images: FigureImage[]): this {
    return $setState(this, imagesState, images);
  }

  override createDOM(): HTMLElement {
    return $getDocument().createElement('figure');
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const gallery = $getDocument().createElement('figure');
    gallery.setAttribute('data-midad-gallery', 'true');
    for (const image of this.getImages()) gallery.append(createFigureElement(image));
    return { element: gallery };
  }

  override decorate(): unknown {
    return null;
  }

  override isInline(): false {
    return false;
  }
}

export function $createGalleryNode(images: FigureImage[] = []): GalleryNode {
  return new GalleryNode().setImages(images);
}

export function $isGalleryNode(node: LexicalNode | null | undefined): node is GalleryNode {
  return node instanceof GalleryNode;
}
