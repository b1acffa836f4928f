import { ElementNode, type LexicalNode } from 'lexical';
import { LEAD_NODE_TYPE } from '../documentText';
import { TopBlockNode, topBlockImport, type TopBlockLook } from './TopBlockNode';

const LOOK: TopBlockLook = { tag: 'p', marker: 'midad-lead', themeKey: 'lead' };

/**
 * The lead (standfirst) as its own block: the first body paragraph is not the
 * lead unless the writer puts it here. May stay empty.
 */
export class LeadNode extends TopBlockNode {
  override $config() {
    return this.config(LEAD_NODE_TYPE, {
      extends: ElementNode,
      importDOM: { p: topBlockImport(LOOK.marker, () => $createLeadNode()) },
    });
  }

  look(): TopBlockLook {
    return LOOK;
  }
}

export function $createLeadNode(): LeadNode {
  return new LeadNode();
}

export function $isLeadNode(node: LexicalNode | null | undefined): node is LeadNode {
  return node instanceof LeadNode;
}
