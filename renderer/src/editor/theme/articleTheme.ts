import type { EditorThemeClasses } from 'lexical';

/** Class names only; the look lives in styles/editor.css. */
export const articleTheme: EditorThemeClasses & { headline: string; kicker: string; lead: string } = {
  headline: 'article-headline',
  kicker: 'article-kicker',
  lead: 'article-lead',
  paragraph: 'article-paragraph',
  heading: { h2: 'article-h2', h3: 'article-h3' },
  quote: 'article-quote',
  list: { ul: 'article-ul', ol: 'article-ol', listitem: 'article-li' },
  link: 'article-link',
  mark: 'comment-mark',
  text: { bold: 'text-bold', italic: 'text-italic', underline: 'text-underline' },
};
