import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { blockIdOf } from '../../../../shared/editor/blockIdFormat';
import { createDocument, documentText } from '../../../../shared/editor/documentText';
import { createArticleEditor } from '../../../../shared/editor/headless';
import type { ArticleDocument } from '../../../../shared/model/document';
import { $restoreBlock } from './restoreBlock';

const before = createDocument('ar', 'العنوان', ['الفقرة الأولى.', 'الفقرة الثانية كما كانت.', 'الفقرة الثالثة.']);

function editorWith(document: ArticleDocument) {
  const editor = createArticleEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(document)));
  return editor;
}

function bodyOf(editor: ReturnType<typeof editorWith>): string[] {
  return documentText(editor.getEditorState().toJSON() as unknown as ArticleDocument).blocks.slice(2);
}

describe('$restoreBlock', () => {
  it('replaces the block with the same id by its old text, keeping the id', () => {
    const after = structuredClone(before);
    after.root.children[4]!.children = [{ type: 'text', version: 1, text: 'الفقرة الثانية بعد التعديل.' }];
    const editor = editorWith(after);
    editor.update(() => $restoreBlock(before, 4), { discrete: true });
    expect(bodyOf(editor)).toEqual(['الفقرة الأولى.', 'الفقرة الثانية كما كانت.', 'الفقرة الثالثة.']);
    const ids = (editor.getEditorState().toJSON() as unknown as ArticleDocument).root.children.map(blockIdOf);
    expect(ids).toEqual(before.root.children.map(blockIdOf));
  });

  it('puts a deleted block back after the nearest earlier block still there', () => {
    const after = structuredClone(before);
    after.root.children.splice(4, 1);
    const editor = editorWith(after);
    editor.update(() => $restoreBlock(before, 4), { discrete: true });
    expect(bodyOf(editor)).toEqual(['الفقرة الأولى.', 'الفقرة الثانية كما كانت.', 'الفقرة الثالثة.']);
    editor.read(() => expect($getRoot().getChildrenSize()).toBe(6));
  });
});
