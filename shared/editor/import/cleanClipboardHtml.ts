/**
 * What must go before the HTML is even parsed. Word's list paragraphs carry
 * their bullet or number as real text between `<!--[if !supportLists]-->`
 * and `<!--[endif]-->` (or `<![if !supportLists]>` … `<![endif]>`); the marker
 * is kept as a `data-list-marker` attribute so the reader can tell numbered
 * lists from bulleted ones, and the text itself is dropped.
 */
export function precleanHtml(html: string): string {
  return html
    .replace(
      /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/gi,
      (_match, marker: string) => `<span data-list-marker="${marker.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s|"/g, '').slice(0, 10)}"></span>`,
    )
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '');
}

const DROPPED = 'script, style, noscript, template, iframe, object, embed, frame, frameset, head, meta, link, svg, math, form, input, button, select, textarea, canvas, audio, video, source, base';

/** Removes what can execute, load or hide: active elements, comments, event handlers, and Word's hidden list markers. */
export function sanitizeTree(root: Element, window: { NodeFilter: { SHOW_COMMENT: number } }): void {
  for (const element of [...root.querySelectorAll(DROPPED)]) element.remove();
  for (const element of [...root.querySelectorAll('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]')]) element.remove();
  const walker = root.ownerDocument.createTreeWalker(root, window.NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const name of element.getAttributeNames()) if (name.toLowerCase().startsWith('on')) element.removeAttribute(name);
  }
}
