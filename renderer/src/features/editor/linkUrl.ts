const ALLOWED = new Set(['http:', 'https:', 'mailto:']);
const BARE_DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(?:[/?#]\S*)?$/u;

/**
 * The URL a link will point to, or null when the text is not one. A bare
 * domain (`kifache.com/article`) gets https://; anything that could run code
 * (`javascript:`, `data:`) is refused.
 */
export function normalizeLinkUrl(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  const candidate = BARE_DOMAIN.test(text) ? `https://${text}` : text;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return url.href;
}
