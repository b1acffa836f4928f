import { createDocument, LEAD_NODE_TYPE } from '../../../../shared/editor/documentText';
import type { ArticleDocument } from '../../../../shared/model/document';
import type { ArticleLanguage } from '../../../../shared/model/language';
import { blocksToNodes } from '../gutenberg/parse';

/** The fields of `/wp/v2/posts?context=edit` a pull reads. */
export interface RemotePost {
  id: number;
  link: string;
  status: string;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
}

/** A pulled post as a Midad document: title → headline, excerpt → lead, blocks → body. */
export function pulledDocument(post: RemotePost, language: ArticleLanguage): ArticleDocument {
  const document = createDocument(language, post.title.raw.trim(), []);
  const lead = post.excerpt.raw.trim();
  const children = document.root.children.map((node) =>
    node.type === LEAD_NODE_TYPE && lead ? { ...node, children: [{ type: 'text', version: 1, text: lead, format: 0, style: '', mode: 'normal', detail: 0 }] } : node,
  );
  return { root: { ...document.root, children: [...children, ...blocksToNodes(post.content.raw)] } };
}
