import { $getRoot, IS_ITALIC } from 'lexical';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../editor/documentText';
import { editorWith } from '../../editor/testing/nodeHarness';
import { $rejectAll } from './resolveSuggestions';
import { documentAsRejected, pendingSuggestionCount } from './documentAsRejected';
import { suggestedDocument } from './testing/suggestedDocument';

describe('documentAsRejected', () => {
  it('reads as the journalist wrote it: insertions gone, deletions back, old formats and sources kept', () => {
    const original = documentAsRejected(suggestedDocument());
    expect(documentText(original).headline).toBe('الحكومة تعلن خطة');
    const json = JSON.stringify(original);
    expect(json).not.toMatch(/midad-(insertion|deletion|format-change)|attributionSuggestion|اليوم|جديدة/);
    const paragraph = original.root.children[1]?.children ?? [];
    expect(paragraph.map((node) => node.text ?? node.type)).toEqual(['قال الوزير ', 'أمس', ' إن ', 'الخطة', ' ', 'midad-quote']);
    expect(paragraph[3]).toMatchObject({ format: IS_ITALIC });
    expect(paragraph[5]).toMatchObject({ attribution: { sourceId: 'minister-0001' } });
  });

  it('gives the same text as rejecting every suggestion in an editor', () => {
    const document = suggestedDocument();
    const editor = editorWith(() => undefined);
    editor.setEditorState(editor.parseEditorState(JSON.stringify(document)));
    editor.update(() => $rejectAll(), { discrete: true });
    const rejected = editor.read(() => $getRoot().getTextContent());
    const fromJson = editorWith(() => undefined);
    fromJson.setEditorState(fromJson.parseEditorState(JSON.stringify(documentAsRejected(document))));
    expect(fromJson.read(() => $getRoot().getTextContent())).toBe(rejected);
  });

  it('counts pending suggestions, a replacement once, and leaves a document without any unchanged', () => {
    expect(pendingSuggestionCount(suggestedDocument())).toBe(4);
    const clean = documentAsRejected(suggestedDocument());
    expect(pendingSuggestionCount(clean)).toBe(0);
    expect(documentAsRejected(clean)).toEqual(clean);
  });
});
