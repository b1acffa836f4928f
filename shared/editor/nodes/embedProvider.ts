export const embedProviders = ['youtube', 'x', 'facebook', 'instagram', 'other'] as const;
export type EmbedProvider = (typeof embedProviders)[number];

const HOSTS: Array<[EmbedProvider, RegExp]> = [
  ['youtube', /(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/],
  ['x', /(^|\.)(x\.com|twitter\.com)$/],
  ['facebook', /(^|\.)(facebook\.com|fb\.watch|fb\.com)$/],
  ['instagram', /(^|\.)(instagram\.com|instagr\.am)$/],
];

/** Which service an embed URL belongs to, from its host alone: nothing is fetched. */
export function embedProvider(url: string): EmbedProvider {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'other';
  }
  return HOSTS.find(([, pattern]) => pattern.test(host))?.[0] ?? 'other';
}

/** Embeds keep web addresses only. */
export function safeEmbedUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '';
  } catch {
    return '';
  }
}
