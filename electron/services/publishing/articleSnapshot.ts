import { documentAsRejected } from '../../../shared/review/suggestions/documentAsRejected';
import { documentText } from '../../../shared/editor/documentText';
import type { ArticleFields } from '../../../shared/model/article';
import type { ArticleDocument, SerializedNodeShape } from '../../../shared/model/document';
import type { ArticleSnapshot } from '../outbox/outboxJob';

const LEAD_NODE_TYPE = 'midad-lead';

function plainText(node: SerializedNodeShape): string {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(plainText).join('');
}

/**
 * What a job sends: the headline becomes the title, the lead the excerpt,
 * both as if pending suggestions were rejected. The document stays as saved
 * so the checklist sees what is pending; the serializer leaves it out.
 */
export function articleSnapshot(document: ArticleDocument, fields: ArticleFields): ArticleSnapshot {
  const original = documentAsRejected(document);
  const lead = original.root.children.find((node) => node.type === LEAD_NODE_TYPE);
  return { headline: documentText(original).headline, lead: lead ? plainText(lead).trim() : '', document, fields };
}
