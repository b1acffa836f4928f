import { Window } from 'happy-dom';
import { $createParagraphNode, $createTextNode, $getRoot, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../editor/documentText';
import { articleBodyHtml } from '../../editor/export/ninjs';
import { articlePlainText } from '../../editor/export/plainText';
import { createArticleEditor } from '../../editor/headless';
import { defaultArticleFields } from '../../model/article';
import type { ArticleDocument } from '../../model/document';
import type { Draft } from '../../model/draft';
import { defaultSettings } from '../../model/settings';
import { $anchorComment, commentIdsInDocument } from './anchors';

/** A draft whose body sentence has a commented phrase: `draft.document` carries a mark node. */
function commentedDraft(): Draft {
  const editor = createArticleEditor();
  editor.setEditorState(editor.parseEditorState(createDocument('ar', 'عنوان الخبر')));
  editor.update(
    () => {
      const sentence = 'أعلنت الحكومة عن خطة جديدة لدعم الفلاحين';
      const text: TextNode = $createTextNode(sentence);
      $getRoot().append($createParagraphNode().append(text));
      text.select(sentence.indexOf('خطة'), sentence.indexOf(' لدعم'));
      $anchorComment('c-00000001');
    },
    { discrete: true },
  );
  const document = editor.getEditorState().toJSON() as unknown as ArticleDocument;
  return {
    meta: {
      id: '0kxfxrgg1-z4hqz0ag',
      language: 'ar',
      status: 'draft',
      authors: [],
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
      headline: 'عنوان الخبر',
      wordCount: 0,
      revisionId: '0kxfxsqqo-qbokwdoh',
    },
    document,
    fields: defaultArticleFields,
    sources: [],
    comments: [],
  };
}

describe('exports of a commented draft', () => {
  const draft = commentedDraft();

  it('has a mark to drop', () => {
    expect(commentIdsInDocument(draft.document)).toEqual(['c-00000001']);
  });

  it('HTML keeps the commented words as plain text, without <mark> or the thread id', () => {
    const window = new Window();
    const html = articleBodyHtml({ draft, settings: defaultSettings, assets: () => undefined, document: window.document as unknown as Document });
    expect(html).toContain('أعلنت الحكومة عن خطة جديدة لدعم الفلاحين');
    expect(html).not.toMatch(/<mark|c-00000001/);
  });

  it('plain text reads the sentence whole', () => {
    expect(articlePlainText({ draft, houseStyle: defaultSettings.houseStyle })).toContain('أعلنت الحكومة عن خطة جديدة لدعم الفلاحين');
  });
});
