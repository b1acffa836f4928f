import { alignBlocks, type AlignedBlock } from './alignBlocks';
import { articleBlocks } from './articleBlocks';
import { blockContent } from './blockContent';
import type { BlockComparison, ComparedText, Comparison } from './comparison';
import { fieldChanges } from './fieldChanges';
import { quoteChanges } from './quoteChanges';
import { documentAsRejected } from '../suggestions/documentAsRejected';
import { wordDiff } from './wordDiff';

function blockComparison({ before, after, moved }: AlignedBlock): BlockComparison {
  const main = (after ?? before)!;
  const common = { moved, role: main.role, type: main.type };
  if (!before) return { ...common, status: 'added', blockId: after!.blockId, newIndex: after!.index, newText: after!.text };
  if (!after) return { ...common, status: 'removed', oldBlockId: before.blockId, oldIndex: before.index, oldText: before.text };
  // Same words but other attributes (formatting, an attribution, an image) is a change too.
  const unchanged = before.type === after.type && blockContent(before.node) === blockContent(after.node);
  return {
    ...common,
    status: unchanged ? 'unchanged' : 'changed',
    blockId: after.blockId,
    oldBlockId: before.blockId,
    oldIndex: before.index,
    newIndex: after.index,
    oldText: before.text,
    newText: after.text,
    ...(unchanged ? {} : { words: wordDiff(before.text, after.text) }),
  };
}

/**
 * What changed from one revision to another: blocks aligned by id (moves
 * included) with word-level differences, headline and form fields, quotes and
 * their attributions. Pure: the same two texts always give the same result.
 * Pending suggestions are compared as not yet made (the text as if they were
 * rejected, as exports see it): the suggestions panel lists them, and reading
 * a struck word and its replacement as text would glue them into one word.
 */
export function compareRevisions(before: ComparedText, after: ComparedText): Comparison {
  const beforeBlocks = articleBlocks(documentAsRejected(before.document));
  const afterBlocks = articleBlocks(documentAsRejected(after.document));
  const aligned = alignBlocks(beforeBlocks, afterBlocks);
  const blocks = aligned.map(blockComparison);
  const fieldsKnown = before.fields !== undefined && after.fields !== undefined;
  const sides = (text: ComparedText, list: typeof beforeBlocks) => ({ blocks: list, fields: text.fields, sources: text.sources });
  return {
    blocks,
    fieldsKnown,
    fields: fieldChanges(sides(before, beforeBlocks), sides(after, afterBlocks)),
    quotes: quoteChanges(aligned, sides(before, beforeBlocks), sides(after, afterBlocks)),
    counts: {
      added: blocks.filter((block) => block.status === 'added').length,
      removed: blocks.filter((block) => block.status === 'removed').length,
      changed: blocks.filter((block) => block.status === 'changed').length,
      moved: blocks.filter((block) => block.moved).length,
    },
  };
}
