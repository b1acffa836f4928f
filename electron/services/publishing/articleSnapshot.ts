import { documentText } from '../../../shared/editor/documentText';
import type { ArticleFields } from '../../../shared/model/article';
import type { ArticleDocument, SerializedNodeShape } from '../../../shared/model/document';
import type { ArticleSnapshot } from '../outbox/outboxJob';

const LEAD_NODE_TYPE = 'midad-lead';

function plainText(node: SerializedNodeShape): string {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(plainText).join('');
}

/** What a job sends: the headline becomes the title, the lead the excerpt. */
export function articleSnapshot(document: ArticleDocument, fields: ArticleFields): ArticleSnapshot {
  const lead = document.root.children.find((node) => node.type === LEAD_NODE_TYPE);
  return { headline: documentText(document).headline, lead: lead ? plainText(lead).trim() : '', document, fields };
}
