/** Links an article may keep: web pages and e-mail addresses. `javascript:`, `data:` and the rest become plain text. */
export function safeLinkUrl(href: string): string {
  const trimmed = href.trim();
  try {
    const url = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}
