/** How much of a kept block's text the editor shows. */
const PREVIEW_LENGTH = 300;

/**
 * The words of a WordPress block's markup, for a preview. The markup is the
 * site's HTML: it is parsed into an inert document (no scripts run, no
 * pictures load) and only its text is read, scripts' and styles' text left out.
 */
export function rawBlockText(markup: string, parser: DOMParser = new DOMParser()): string {
  const body = parser.parseFromString(markup, 'text/html').body;
  for (const element of [...body.querySelectorAll('script, style, template, noscript')]) element.remove();
  const text = (body.textContent ?? '').replace(/\s+/gu, ' ').trim();
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH).trimEnd()}…` : text;
}
