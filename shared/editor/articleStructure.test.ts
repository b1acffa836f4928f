import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode, type TextNode } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import { blockIdOf } from './blockIdFormat';
import type * as blockIds from './blockIds';
import { $ensureBlockIds, $getBlockId, $setBlockId } from './blockIds';
import { $createHeadlineNode, $createKickerNode, $createLeadNode } from './nodes';
import { editorWith, roundTrip, serializedBlocks } from './testing/nodeHarness';

// The block scan, wrapped to count its runs.
vi.mock('./blockIds', async (importOriginal) => {
  const actual = await importOriginal<typeof blockIds>();
  return { ...actual, $ensureBlockIds: vi.fn(actual.$ensureBlockIds) };
});

const types = (editor: ReturnType<typeof editorWith>) => serializedBlocks(editor).map((block) => block.type);

describe('article structure: fixed top blocks and block ids', () => {
  it('puts headline, kicker and lead first, once each, in the root direction', () => {
    const editor = editorWith(
      () => {
        $getRoot().setDirection('rtl');
        $getRoot().append(
          $createParagraphNode().append($createTextNode('فقرة')),
          $createLeadNode().append($createTextNode('المقدمة')),
          $createHeadlineNode().append($createTextNode('العنوان')),
          $createHeadlineNode().append($createTextNode('عنوان ملصق')),
        );
      },
      { structure: true },
    );
    expect(types(editor)).toEqual(['midad-headline', 'midad-kicker', 'midad-lead', 'paragraph', 'paragraph']);
    const blocks = serializedBlocks(editor);
    expect(blocks[1]?.direction).toBe('rtl');
    expect(editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent()))).toEqual([
      'العنوان',
      '',
      'المقدمة',
      'فقرة',
      'عنوان ملصق',
    ]);
  });

  it('gives every top-level block a unique id that survives a reload', () => {
    const editor = editorWith(() => $getRoot().append($createParagraphNode(), $createParagraphNode()), { structure: true });
    const ids = serializedBlocks(editor).map((block) => blockIdOf(block as never));
    expect(ids.every((id) => id && /^[a-z0-9]{10}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const { first, second } = roundTrip(editor);
    expect(second).toBe(first);
  });

  it('gives the new half of a split its own id and re-assigns a pasted duplicate, leaving the original its id', () => {
    const editor = editorWith(() => $getRoot().append($createParagraphNode().append($createTextNode('أول ثان'))), {
      structure: true,
    });
    const original = editor.getEditorState().read(() => $getBlockId($getRoot().getLastChildOrThrow()));
    editor.update(
      () => {
        const paragraph = $getRoot().getLastChildOrThrow<ParagraphNode>();
        paragraph.getFirstChildOrThrow<TextNode>().select(3, 3).insertParagraph();
        const pasted = $setBlockId($createParagraphNode().append($createTextNode('نسخة')), original);
        $getRoot().getChildAtIndex(3)?.insertBefore(pasted);
      },
      { discrete: true },
    );
    const ids = editor.getEditorState().read(() => $getRoot().getChildren().map($getBlockId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id === original)).toHaveLength(1);
    expect(editor.getEditorState().read(() => $getRoot().getChildren().find((block) => $getBlockId(block) === original)?.getTextContent())).toBe('أول');
  });

  it('keeps ids a document already has', () => {
    const editor = editorWith(() => {
      $getRoot().append($createHeadlineNode(), $createKickerNode(), $createLeadNode());
      $getRoot().getChildren().forEach((block, index) => $setBlockId(block, `kept00000${index}`));
    }, { structure: true });
    expect(serializedBlocks(editor).map((block) => blockIdOf(block as never))).toEqual(['kept000000', 'kept000001', 'kept000002']);
  });

  it('scans the blocks when the list of blocks changes, never when typing inside one', () => {
    const editor = editorWith(() => $getRoot().append($createParagraphNode().append($createTextNode('نص'))), { structure: true });
    const scans = vi.mocked($ensureBlockIds);
    scans.mockClear();
    editor.update(() => $getRoot().getLastChildOrThrow<ParagraphNode>().getFirstChildOrThrow<TextNode>().setTextContent('نص أطول'), {
      discrete: true,
    });
    expect(scans).not.toHaveBeenCalled();
    editor.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
    expect(scans).toHaveBeenCalled();
    const ids = editor.getEditorState().read(() => $getRoot().getChildren().map($getBlockId));
    expect(ids.every(Boolean) && new Set(ids).size === ids.length).toBe(true);
  });
});
