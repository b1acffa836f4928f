import { $getState, $setState, createState, type LexicalNode } from 'lexical';
import type { SuggestionMeta } from '../../editor/nodes/SuggestionNode';

/** JSON key (under the node's `$`) of a block that an editor proposed to split off from the one before it. */
export const SUGGESTED_SPLIT_KEY = 'suggestedSplit';

/**
 * A paragraph break proposed in suggestion mode, kept on the block after the
 * break. Any block type can carry it without a node class of its own; absent
 * everywhere else.
 */
export const suggestedSplitState = createState(SUGGESTED_SPLIT_KEY, {
  parse: (value): SuggestionMeta | null => {
    if (typeof value !== 'object' || value === null) return null;
    const { suggestionId, author, at } = value as Record<string, unknown>;
    if (typeof suggestionId !== 'string' || !suggestionId) return null;
    return { suggestionId, author: typeof author === 'string' ? author : '', at: typeof at === 'string' ? at : '' };
  },
  isEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b),
});

export function $getSuggestedSplit(node: LexicalNode): SuggestionMeta | null {
  return $getState(node, suggestedSplitState);
}

export function $setSuggestedSplit<T extends LexicalNode>(node: T, meta: SuggestionMeta | null): T {
  return $setState(node, suggestedSplitState, meta);
}
