import type { MidadApi } from '../../../../shared/api/midad';
import type { ArticleDocument } from '../../../../shared/model/document';
import { canonicalJson } from '../../../../shared/util/canonicalJson';
import type { StoredRevision } from '../editor/autosaveController';

/** Key order does not make two documents different. */
export function sameDocument(a: ArticleDocument, b: ArticleDocument): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The draft's newest revision and whether its text equals `base`'s. Both are
 * read back from the store, so they went through the same validation; a base
 * the history no longer keeps counts as different (nothing is overwritten).
 */
export async function storedRevision(midad: MidadApi, id: string, base: string): Promise<StoredRevision> {
  const [latest] = await midad.drafts.revisions({ id });
  if (!latest || latest.id === base) return { revisionId: base, sameText: true };
  const [before, now] = await Promise.all([
    midad.drafts.revision({ id, revisionId: base }).catch(() => undefined),
    midad.drafts.revision({ id, revisionId: latest.id }),
  ]);
  return { revisionId: latest.id, sameText: before !== undefined && sameDocument(before.document, now.document) };
}
