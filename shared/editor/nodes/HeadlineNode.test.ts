import { createHeadlessEditor } from '@lexical/headless';
import { $generateHtmlFromNodes, $generateNodesFromDOM } from '@lexical/html';
import { $createParagraphNode, $createTextNode, $getRoot, $insertNodes, IS_BOLD } from 'lexical';
import { withDOM } from '@lexical/headless/dom';
import { describe, expect, it } from 'vitest';
import { createDocument, documentText } from '../documentText';
import { createArticleEditor } from '../headless';
import { $createHeadlineNode, $isHeadlineNode, HeadlineNode } from './HeadlineNode';

function editorWithHeadline() {
  return createHeadlessEditor({ nodes: [HeadlineNode], onError: (error) => { throw error; } });
}

describe('HeadlineNode', () => {
  it('round-trips the document createDocument writes, keeping types, directions and block ids', () => {
    const document = createDocument('ar', 'تفكيك خلية إرهابية', ['قال UB40 في 2021']);
    const editor = createArticleEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(document)));

    const exported = editor.getEditorState().toJSON();
    const blocks = exported.root.children as unknown as Array<Record<string, unknown>>;
    expect(blocks.map((block) => [block.type, block.direction])).toEqual([
      ['midad-headline', 'rtl'],
      ['midad-kicker', 'rtl'],
      ['midad-lead', 'rtl'],
      ['paragraph', 'rtl'],
    ]);
    expect(exported).toEqual(document);
    expect(documentText(exported as never)).toEqual({
      headline: 'تفكيك خلية إرهابية',
      kicker: '',
      lead: '',
      blocks: ['', '', 'قال UB40 في 2021'],
    });
    editor.getEditorState().read(() => expect($isHeadlineNode($getRoot().getFirstChild())).toBe(true));
  });

  it('exports an h1 marked as the headline with its direction', () => {
    const editor = editorWithHeadline();
    editor.update(() => {
      $getRoot().append($createHeadlineNode().setDirection('rtl').append($createTextNode('عنوان')));
    }, { discrete: true });
    const html = withDOM(() => editor.getEditorState().read(() => $generateHtmlFromNodes(editor, null)));
    expect(html).toBe('<h1 dir="rtl" data-midad-headline="true"><span style="white-space: pre-wrap;">عنوان</span></h1>');
  });

  it('imports its own export as a headline but leaves a foreign h1 alone', () => {
    const editor = editorWithHeadline();
    const types = (html: string) =>
      withDOM((window) => {
        let found: string[] = [];
        editor.update(() => {
          $getRoot().clear();
          $insertNodes($generateNodesFromDOM(editor, new window.DOMParser().parseFromString(html, 'text/html')));
          found = $getRoot().getChildren().map((node) => node.getType());
        }, { discrete: true });
        return found;
      });
    expect(types('<h1 data-midad-headline="true" dir="rtl">عنوان</h1>')).toEqual(['midad-headline']);
    expect(types('<h1>Title</h1>')).not.toContain('midad-headline');
  });

  it('starts a paragraph in its own direction on Enter and normalizes to one plain line', () => {
    const editor = editorWithHeadline();
    editor.update(() => {
      const headline = $createHeadlineNode().setDirection('rtl');
      const text = $createTextNode('عنوان');
      text.setFormat(IS_BOLD);
      headline.append(text);
      $getRoot().append(headline);
      const paragraph = headline.insertNewAfter(null, false);
      expect(paragraph.getDirection()).toBe('rtl');
      headline.$normalizeContent();
      expect(text.getLatest().getFormat()).toBe(0);
      expect($getRoot().getChildren().map((node) => node.getType())).toEqual(['midad-headline', 'paragraph']);
      expect(headline.collapseAtStart()).toBe(true);
      expect($createParagraphNode().getType()).toBe('paragraph');
    }, { discrete: true });
  });
});
