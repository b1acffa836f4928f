import type { Attribution, Source } from '../../model/source';

/**
 * How the page names who said a quote: the source's public name and the
 * title used in this article. An anonymous source is shown only as its
 * public description ("مصدر أمني"); its confidential identity is never read here.
 */
export function speakerLabel(attribution: Attribution, sources: ReadonlyMap<string, Source>, separator: string): string {
  const source = attribution.sourceId ? sources.get(attribution.sourceId) : undefined;
  if (!source) return '';
  const title = source.anonymous ? '' : (attribution.titleUsed ?? source.title);
  return title ? `${source.name}${separator}${title}` : source.name;
}

export function speakerName(attribution: Attribution, sources: ReadonlyMap<string, Source>): string {
  return (attribution.sourceId ? sources.get(attribution.sourceId)?.name : undefined) ?? '';
}
