import {
  $getDocument,
  $getState,
  $setState,
  DecoratorNode,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
} from 'lexical';
import { createFigureElement, readFigureElement, type FigureImage } from './figureDom';
import { stringState } from './nodeState';

export const IMAGE_NODE_TYPE = 'midad-image';

const states = {
  assetId: stringState('assetId'),
  src: stringState('src'),
  caption: stringState('caption'),
  credit: stringState('credit'),
  alt: stringState('alt'),
} as const;

function $convertFigure(element: HTMLElement): DOMConversionOutput | null {
  const image = readFigureElement(element);
  return { node: image && (image.assetId || image.src) ? $createImageNode(image) : null };
}

const importFigure = (element: HTMLElement) =>
  element.hasAttribute('data-midad-gallery') || element.hasAttribute('data-midad-embed') || !element.querySelector('img')
    ? null
    : { conversion: $convertFigure, priority: 1 as const };

/**
 * A picture with caption, credit and alt text, stored with the draft. Headless
 * here (`decorate` draws nothing); the renderer registers a subclass that
 * draws it and edits its fields.
 */
export class ImageNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config(IMAGE_NODE_TYPE, {
      extends: DecoratorNode,
      importDOM: { figure: importFigure, img: () => ({ conversion: $convertFigure, priority: 0 }) },
      stateConfigs: Object.values(states).map((stateConfig) => ({ stateConfig, flat: true })),
    });
  }

  getImage(): FigureImage {
    return {
      assetId: $getState(this, states.assetId),
      src: $getState(this, states.src),
      caption: $getState(this, states.caption),
      credit: $getState(this, states.credit),
      alt: $getState(this, states.alt),
    };
  }

  /** Sets the given fields, leaving the others as they are. */
  setImage(image: Partial<FigureImage>): this {
    let node = this as this;
    for (const [field, value] of Object.entries(image)) {
      if (value !== undefined) node = $setState(node, states[field as keyof FigureImage], value);
    }
    return node;
  }

  override createDOM(): HTMLElement {
    return $getDocument().createElement('figure');
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const figure = createFigureElement(this.getImage());
    figure.setAttribute('data-midad-image', 'true');
    return { element: figure };
  }

  override decorate(): unknown {
    return null;
  }

  override isInline(): false {
    return false;
  }
}

export function $createImageNode(image: Partial<FigureImage> = {}): ImageNode {
  return new ImageNode().setImage(image);
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
