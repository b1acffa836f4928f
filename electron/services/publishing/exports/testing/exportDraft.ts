import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { defaultArticleFields, type ArticleFields } from '../../../../../shared/model/article';
import type { ArticleDocument } from '../../../../../shared/model/document';
import type { Draft, DraftStatus } from '../../../../../shared/model/draft';
import type { Source } from '../../../../../shared/model/source';
import {
  $createHeadlineNode,
  $createImageNode,
  $createKickerNode,
  $createLeadNode,
  $createPullQuoteNode,
  $createQuoteNode,
} from '../../../../../shared/editor/nodes';
import { editorWith } from '../../../../../shared/editor/testing/nodeHarness';

/** A named expert, a ministry, and an anonymous source whose real identity must never leave Midad. */
export const exportSources: Source[] = [
  { id: 'hafidi-00001', kind: 'person', name: 'إحسان الحافيظي', title: 'الباحث في الشؤون الأمنية', organisation: '', aliases: [], anonymous: false },
  { id: 'ministry-0001', kind: 'organisation', name: 'وزارة الداخلية', title: '', organisation: '', aliases: [], anonymous: false },
  { id: 'unquoted-001', kind: 'person', name: 'شخص غير مقتبس', title: '', organisation: '', aliases: [], anonymous: false },
  {
    id: 'anon-src-001',
    kind: 'person',
    name: 'مصدر أمني',
    title: 'ضابط',
    organisation: '',
    aliases: [],
    anonymous: true,
    confidentialIdentity: 'عبد السري الحقيقي',
  },
];

export function exportDocument(headline: string): ArticleDocument {
  const editor = editorWith(() => {
    $getRoot().append(
      $createHeadlineNode().append($createTextNode(headline)),
      $createKickerNode().append($createTextNode('واخا ما كاين بوناني')),
      $createLeadNode().append($createTextNode('تواصل المصالح الأمنية سياستها الاستباقية.')),
      $createParagraphNode().append(
        $createTextNode('أوضح الحافيظي أن '),
        $createQuoteNode('speech', { sourceId: 'hafidi-00001', channel: 'to_us' }).append($createTextNode('التأهب مرتفع')),
        $createTextNode(' وأكدت الوزارة '),
        $createQuoteNode('speech', { sourceId: 'ministry-0001' }).append($createTextNode('لا تهاون')),
      ),
      $createHeadingNode('h2').append($createTextNode('تأهب أمني')),
      $createParagraphNode().append(
        $createTextNode('وقال '),
        $createQuoteNode('speech', { sourceId: 'anon-src-001' }).append($createTextNode('الوضع تحت السيطرة')),
      ),
      $createParagraphNode().append($createTextNode('نص ', ), $createTextNode('عريض').toggleFormat('bold'), $createTextNode(' و'), $createTextNode('مائل').toggleFormat('italic')),
      $createImageNode({ assetId: 'photo-1', caption: 'عناصر أمنية', credit: 'تصوير: كيفاش', alt: 'عناصر' }),
      $createPullQuoteNode({ sourceId: 'hafidi-00001' }).append($createTextNode('المقاربة الأمنية ناجعة')),
      $createListNode('bullet').append($createListItemNode().append($createTextNode('بند أول'))),
    );
  });
  return editor.getEditorState().toJSON() as unknown as ArticleDocument;
}

export function exportDraft(options: { headline?: string; status?: DraftStatus; fields?: Partial<ArticleFields> } = {}): Draft {
  return {
    meta: {
      id: '0kxfxrgg1-z4hqz0ag',
      language: 'ar',
      status: options.status ?? 'draft',
      authors: ['x'],
      createdAt: '2021-12-21T10:00:00.000Z',
      updatedAt: '2021-12-21T13:00:00.000Z',
      headline: 'x',
      wordCount: 0,
      revisionId: '0kxfxsqqo-qbokwdoh',
    },
    document: exportDocument(options.headline ?? 'حرب المغرب على الإرهاب مستمرة'),
    fields: {
      ...defaultArticleFields,
      breaking: true,
      mediaTags: ['photos'],
      authors: ['سلمى بنعلي', 'يوسف العلوي'],
      outlet: 'كيفاش',
      publishedAt: '2021-12-21T12:05:00.000Z',
      place: 'الرباط',
      tags: ['إرهاب', 'أمن'],
      slug: 'terror-cells',
      ...options.fields,
    },
    sources: exportSources,
    comments: [],
  };
}
