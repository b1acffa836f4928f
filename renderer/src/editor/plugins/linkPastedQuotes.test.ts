import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createArticleEditor } from '../../../../shared/editor/headless';
import { $createHeadlineNode, $createKickerNode, $createLeadNode } from '../../../../shared/editor/nodes';
import type { Source } from '../../../../shared/model/source';
import { $collectQuotes } from '../../features/quotes/quoteDocument';
import { $unsourcedSpeechKeys, linkQuotesToDirectory, type FindSources } from './linkPastedQuotes';
import { $pasteClipboard } from './pasteClipboard';

const HAFIDI: Source = {
  id: 'src-hafidi',
  kind: 'person',
  name: 'إحسان الحافيظي',
  title: 'الباحث في الشؤون الأمنية',
  organisation: '',
  aliases: ['الحافيظي'],
  anonymous: false,
};

/** An empty article with the caret in its body, the clipboard's plain text pasted there. */
function pasted(text: string): LexicalEditor {
  const editor = createArticleEditor({ structure: true });
  editor.update(
    () => {
      const body = $createParagraphNode().setDirection('rtl');
      $getRoot().append($createHeadlineNode(), $createKickerNode(), $createLeadNode(), body);
      body.selectEnd();
      $pasteClipboard({ html: '', text }, { window, language: 'ar' });
    },
    { discrete: true },
  );
  return editor;
}

/** A directory holding `sources`, searched by name or alias, that records the queries it was asked. */
function directory(sources: Source[]): FindSources & { queries: string[] } {
  const queries: string[] = [];
  const find = async ({ query }: { query: string; limit: number }) => {
    queries.push(query);
    return sources.filter((source) => [source.name, ...source.aliases].some((name) => name.includes(query) || query.includes(name)));
  };
  return Object.assign(find, { queries });
}

const quotes = (editor: LexicalEditor) => editor.getEditorState().read($collectQuotes);

describe('linking pasted speech to the sources directory', () => {
  const TEXT = 'وقال إحسان الحافيظي، الباحث في الشؤون الأمنية، إن "التأهب الأمني بروتوكول معمول به"\nوأبرز الحافيظي أن "الخطر دائم"\nوقالت فاطمة الزهراء إن "الحصيلة مهمة"';

  it('links the quotes whose speaker the directory knows, by name or alias, keeping the title used; leaves the others unsourced', async () => {
    const editor = pasted(TEXT);
    const keys = [...editor.getEditorState().read($unsourcedSpeechKeys)];
    expect(keys).toHaveLength(3);
    const find = directory([HAFIDI]);
    expect(await linkQuotesToDirectory(editor, keys, { language: 'ar', findSources: find })).toBe(2);
    expect(quotes(editor).map((quote) => [quote.text, quote.attribution.sourceId])).toEqual([
      ['التأهب الأمني بروتوكول معمول به', HAFIDI.id],
      ['الخطر دائم', HAFIDI.id],
      ['الحصيلة مهمة', undefined],
    ]);
    expect(quotes(editor)[0]!.attribution.titleUsed).toBe('الباحث في الشؤون الأمنية');
    // One lookup per speaker, not per quote.
    expect(find.queries).toEqual(['إحسان الحافيظي', 'فاطمة الزهراء']);
  });

  it('links nothing when the directory does not know the speaker or cannot be reached', async () => {
    const editor = pasted(TEXT);
    const keys = [...editor.getEditorState().read($unsourcedSpeechKeys)];
    expect(await linkQuotesToDirectory(editor, keys, { language: 'ar', findSources: directory([]) })).toBe(0);
    const failing: FindSources = () => Promise.reject(new Error('offline'));
    expect(await linkQuotesToDirectory(editor, keys, { language: 'ar', findSources: failing })).toBe(0);
    expect(quotes(editor).every((quote) => !quote.attribution.sourceId)).toBe(true);
  });
});
