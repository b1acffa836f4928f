import type { PeerBlock } from '../fixtures/articleForms';

/** The peer page's article, served by the bench as `/articles/<name>.json` and named in `?article=`. */
export async function loadPeerArticle(): Promise<PeerBlock[]> {
  const name = new URLSearchParams(location.search).get('article') ?? '';
  const response = await fetch(`/articles/${encodeURIComponent(name)}.json`);
  if (!response.ok) throw new Error(`no article ${name}`);
  return (await response.json()) as PeerBlock[];
}
