import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { HeadlineNode } from '../../../../shared/editor/nodes/HeadlineNode';

/** Every node an article may contain; the live editor and read-only revision views register the same set. */
export const articleNodes: Array<Klass<LexicalNode>> = [HeadlineNode, HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode];
