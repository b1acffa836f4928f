import type { MediaTag } from '../model/article';
import { normalizeArabic } from '../text/arabicSearch';

/** Media tag words as pages print them, folded (see `normalizeArabic`). */
const MEDIA_WORDS: ReadonlyMap<string, MediaTag> = new Map(
  (
    [
      ['صور', 'photos'],
      ['بالصور', 'photos'],
      ['صورة', 'photos'],
      ['فيديو', 'video'],
      ['بالفيديو', 'video'],
      ['فيديوهات', 'video'],
      ['صوت', 'audio'],
      ['بالصوت', 'audio'],
      ['أوديو', 'audio'],
      ['إنفوغرافيك', 'infographic'],
      ['انفوغراف', 'infographic'],
      ['مباشر', 'live'],
      ['بث مباشر', 'live'],
      ['photos', 'photos'],
      ['photo', 'photos'],
      ['en images', 'photos'],
      ['video', 'video'],
      ['videos', 'video'],
      ['audio', 'audio'],
      ['infographie', 'infographic'],
      ['infographic', 'infographic'],
      ['direct', 'live'],
      ['en direct', 'live'],
      ['live', 'live'],
    ] as const
  ).map(([word, tag]) => [normalizeArabic(word), tag]),
);

const BREAKING_WORDS = new Set(['عاجل', 'urgent', 'breaking'].map(normalizeArabic));

export interface HeadlineParts {
  text: string;
  mediaTags: MediaTag[];
  breaking: boolean;
}

/**
 * Takes the media tags and the breaking flag out of a headline, where pages
 * type them: "… مستمرة (صور)", "(فيديو) …", "بالفيديو.. …", "عاجل: …". They
 * become fields that the preview and exports render, never headline text.
 */
export function splitHeadline(line: string): HeadlineParts {
  const mediaTags: MediaTag[] = [];
  let breaking = false;
  let text = line.trim();
  const addTag = (word: string): boolean => {
    const folded = normalizeArabic(word).trim();
    if (BREAKING_WORDS.has(folded)) return (breaking = true);
    const tag = MEDIA_WORDS.get(folded);
    if (!tag) return false;
    if (!mediaTags.includes(tag)) mediaTags.push(tag);
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    const trailing = /\s*[([]([^()[\]]{1,20})[)\]]\s*$/u.exec(text);
    if (trailing && addTag(trailing[1]!)) {
      text = text.slice(0, trailing.index).trim();
      changed = true;
    }
    const leading = /^\s*(?:[([]([^()[\]]{1,20})[)\]]|([^\s.:|–-]{2,12}(?:\s[^\s.:|–-]{2,8})?)\s*(?:\.{2,}|:|\||–|-))\s*/u.exec(text);
    if (leading && addTag(leading[1] ?? leading[2]!)) {
      text = text.slice(leading[0].length).trim();
      changed = true;
    }
  }
  return { text, mediaTags, breaking };
}
