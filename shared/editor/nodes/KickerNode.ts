import { ElementNode, type LexicalNode } from 'lexical';
import { KICKER_NODE_TYPE } from '../documentText';
import { TopBlockNode, topBlockImport, type TopBlockLook } from './TopBlockNode';

const LOOK: TopBlockLook = { tag: 'p', marker: 'midad-kicker', themeKey: 'kicker' };

/** The kicker (surtitre): the short line above the headline; may stay empty. */
export class KickerNode extends TopBlockNode {
  override $config() {
    return this.config(KICKER_NODE_TYPE, {
      extends: ElementNode,
      importDOM: { p: topBlockImport(LOOK.marker, () => $createKickerNode()) },
    });
  }

  look(): TopBlockLook {
    return LOOK;
  }
}

export function $createKickerNode(): KickerNode {
  return new KickerNode();
}

export function $isKickerNode(node: LexicalNode | null | undefined): node is KickerNode {
  return node instanceof KickerNode;
}
