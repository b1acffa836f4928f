import { $getNodeByKey, HISTORY_MERGE_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { $isQuoteNode } from '../../../../shared/editor/nodes';
import type { ArticleLanguage } from '../../../../shared/model/language';
import type { Source } from '../../../../shared/model/source';
import type { DetectedSource } from '../../../../shared/text/quotes';
import { $collectQuotes, $paragraphsAround } from '../../features/quotes/quoteDocument';
import { matchDirectorySource, suggestForQuote } from '../../features/quotes/quoteSuggestion';

/** The directory lookup linking needs: `midad.sources.list`. */
export type FindSources = (args: { query: string; limit: number }) => Promise<Source[]>;

/** The speech quotes of the document that have no source yet. */
export function $unsourcedSpeechKeys(): Set<NodeKey> {
  return new Set(
    $collectQuotes()
      .filter((quote) => quote.kind === 'inline' && quote.quoteKind === 'speech' && !quote.attribution.sourceId)
      .map((quote) => quote.key),
  );
}

/**
 * Links the quotes `keys` (just pasted, so without a source) to the directory
 * entry their sentence names, as the source popover pre-picks it for a typed
 * quote: "قال X" links to X when the directory knows X. The link joins the
 * paste's undo step. Answers how many quotes were linked.
 */
export async function linkQuotesToDirectory(
  editor: LexicalEditor,
  keys: readonly NodeKey[],
  options: { language: ArticleLanguage; outlet?: string; findSources: FindSources },
): Promise<number> {
  const speakers = editor.getEditorState().read(() =>
    keys.flatMap((key): { key: NodeKey; speaker: DetectedSource }[] => {
      const node = $getNodeByKey(key);
      if (!$isQuoteNode(node) || node.getQuoteKind() !== 'speech' || node.getAttribution().sourceId) return [];
      const around = $paragraphsAround(node);
      const speaker = around && suggestForQuote(around.paragraphs, around.target, options)?.speaker;
      return speaker ? [{ key, speaker }] : [];
    }),
  );
  // One lookup per speaker, all under way together: after a long paste the answers come back while
  // the writer goes on typing, and a chain of one request after another keeps landing on keystrokes.
  const bySpeaker = new Map<string, DetectedSource>();
  for (const { speaker } of speakers) if (!bySpeaker.has(speaker.key)) bySpeaker.set(speaker.key, speaker);
  const found = new Map(
    await Promise.all(
      [...bySpeaker].map(async ([key, speaker]) => {
        const candidates = await options.findSources({ query: speaker.name, limit: 20 }).catch(() => []);
        return [key, matchDirectorySource(speaker, candidates)] as const;
      }),
    ),
  );
  // Nobody the directory knows: no update at all (its commit would copy the node map and run the update listeners).
  if (![...found.values()].some(Boolean)) return 0;
  let linked = 0;
  editor.update(
    () => {
      for (const { key, speaker } of speakers) {
        const node = $getNodeByKey(key);
        const source = found.get(speaker.key);
        if (!source || !$isQuoteNode(node) || node.getAttribution().sourceId) continue;
        node.setAttribution({ ...node.getAttribution(), sourceId: source.id });
        linked += 1;
      }
    },
    { tag: HISTORY_MERGE_TAG, discrete: true },
  );
  return linked;
}
