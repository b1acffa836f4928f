import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode as RichTextQuoteNode } from '@lexical/rich-text';
import type { ElementNode, Klass, LexicalNode } from 'lexical';
import { ParagraphNode } from 'lexical';
import { DeletionNode } from './DeletionNode';
import { EmbedNode } from './EmbedNode';
import { FormatChangeNode } from './FormatChangeNode';
import { GalleryNode } from './GalleryNode';
import { HeadlineNode } from './HeadlineNode';
import { ImageNode } from './ImageNode';
import { InsertionNode } from './InsertionNode';
import { KickerNode } from './KickerNode';
import { LeadNode } from './LeadNode';
import { PullQuoteNode } from './PullQuoteNode';
import { QuoteNode } from './QuoteNode';
import { RawBlockNode } from './RawBlockNode';
import { SeparatorNode } from './SeparatorNode';

/**
 * Every node an article may contain: the editor, read-only revision views,
 * the headless exporters and the importers register this same list.
 * Rich-text's plain `quote` stays registered so documents saved with it still
 * open; new block quotes are pull quotes.
 */
export const articleNodes: Array<Klass<LexicalNode>> = [
  HeadlineNode,
  KickerNode,
  LeadNode,
  HeadingNode,
  ListNode,
  ListItemNode,
  LinkNode,
  QuoteNode,
  PullQuoteNode,
  ImageNode,
  GalleryNode,
  EmbedNode,
  SeparatorNode,
  RawBlockNode,
  RichTextQuoteNode,
  InsertionNode,
  DeletionNode,
  FormatChangeNode,
  // Anchors of comment threads (their ids); exports drop the mark and keep its text.
  MarkNode,
];

/** Top-level text blocks whose direction is set explicitly from the article's language. */
export const directionalBlockNodes: Array<Klass<ElementNode>> = [
  HeadlineNode,
  KickerNode,
  LeadNode,
  ParagraphNode,
  HeadingNode,
  ListNode,
  PullQuoteNode,
  RichTextQuoteNode,
];

export * from './DeletionNode';
export * from './EmbedNode';
export * from './embedProvider';
export * from './figureDom';
export * from './FormatChangeNode';
export * from './GalleryNode';
export * from './HeadlineNode';
export * from './ImageNode';
export * from './InsertionNode';
export * from './KickerNode';
export * from './LeadNode';
export * from './PullQuoteNode';
export * from './QuoteNode';
export * from './RawBlockNode';
export * from './SeparatorNode';
export * from './SuggestionNode';
