import { ElementNode, type LexicalNode } from 'lexical';
import { HEADLINE_NODE_TYPE } from '../documentText';
import { TopBlockNode, topBlockImport, type TopBlockLook } from './TopBlockNode';

const LOOK: TopBlockLook = { tag: 'h1', marker: 'midad-headline', themeKey: 'headline' };

/**
 * The article's headline: one line of plain text at the top of the document.
 * It is an ElementNode (not a separate field) so that undo, find and, later,
 * comments span the headline and the body alike.
 */
export class HeadlineNode extends TopBlockNode {
  override $config() {
    return this.config(HEADLINE_NODE_TYPE, {
      extends: ElementNode,
      // A pasted <h1> from a web page stays a heading so it cannot displace the article's headline.
      importDOM: { h1: topBlockImport(LOOK.marker, () => $createHeadlineNode()) },
    });
  }

  look(): TopBlockLook {
    return LOOK;
  }
}

export function $createHeadlineNode(): HeadlineNode {
  return new HeadlineNode();
}

export function $isHeadlineNode(node: LexicalNode | null | undefined): node is HeadlineNode {
  return node instanceof HeadlineNode;
}
