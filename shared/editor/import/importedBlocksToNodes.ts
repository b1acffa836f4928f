import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, IS_BOLD, IS_ITALIC, IS_UNDERLINE, type ElementNode, type LexicalNode } from 'lexical';
import type { ImportedBlock, ImportedRun } from '../../model/importedArticle';
import { $createEmbedNode, $createImageNode, $createPullQuoteNode, $createQuoteNode, $createSeparatorNode } from '../nodes';
import { safeLinkUrl } from './safeLinkUrl';

/** A run's text, its line breaks as LineBreakNodes. */
function $textNodes(run: ImportedRun): LexicalNode[] {
  const format = (run.bold ? IS_BOLD : 0) | (run.italic ? IS_ITALIC : 0) | (run.underline ? IS_UNDERLINE : 0);
  return run.text.split('\n').flatMap((line, index) => {
    const nodes: LexicalNode[] = index > 0 ? [$createLineBreakNode()] : [];
    if (line) nodes.push($createTextNode(line).setFormat(format));
    return nodes;
  });
}

function $runNode(run: ImportedRun): LexicalNode[] {
  let nodes = $textNodes(run);
  const link = run.link ? safeLinkUrl(run.link) : '';
  if (link && nodes.length > 0) nodes = [$createLinkNode(link).append(...nodes)];
  if (run.quote && nodes.length > 0) nodes = [$createQuoteNode(run.quote.kind, run.quote.attribution).append(...nodes)];
  return nodes;
}

function $withRuns<T extends ElementNode>(element: T, runs: ImportedRun[]): T {
  return element.append(...runs.flatMap($runNode));
}

function $block(block: ImportedBlock, direction: 'rtl' | 'ltr'): LexicalNode {
  switch (block.kind) {
    case 'paragraph':
      return $withRuns($createParagraphNode().setDirection(direction), block.runs);
    case 'intertitle':
      return $createHeadingNode(`h${block.level}`).setDirection(direction).append($createTextNode(block.text));
    case 'pullquote':
      return $withRuns($createPullQuoteNode(block.attribution).setDirection(direction), block.runs);
    case 'list':
      return $createListNode(block.ordered ? 'number' : 'bullet')
        .setDirection(direction)
        .append(...block.items.map((runs) => $withRuns($createListItemNode(), runs)));
    case 'image':
      return $createImageNode({ src: block.src, caption: block.caption, credit: block.credit, alt: block.alt });
    case 'embed':
      return $createEmbedNode(block.url);
    case 'separator':
      return $createSeparatorNode();
  }
}

/**
 * The Lexical blocks for what an importer read, each in the given direction:
 * quote runs become `midad-quote` nodes carrying their attribution, unsafe
 * links plain text. Shared by the importers and paste, which inserts them at
 * the selection instead of building a whole document.
 */
export function $importedBlocksToNodes(blocks: readonly ImportedBlock[], direction: 'rtl' | 'ltr'): LexicalNode[] {
  return blocks.map((block) => $block(block, direction));
}
