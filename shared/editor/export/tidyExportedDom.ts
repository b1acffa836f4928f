/**
 * Lexical's HTML export is made for the clipboard: every run of text is a
 * `<span style="white-space: pre-wrap;">` and bold is `<b><strong>`. A
 * published page wants plain semantic markup, so those wrappers go.
 */
export function tidyExportedDom(container: HTMLElement): void {
  for (const element of [...container.querySelectorAll('[style]')]) {
    if (/^\s*white-space:\s*pre-wrap;?\s*$/.test(element.getAttribute('style') ?? '')) element.removeAttribute('style');
  }
  for (const element of [...container.querySelectorAll('span, b, i')]) {
    const redundant =
      (element.tagName === 'SPAN' && element.attributes.length === 0) ||
      (element.tagName === 'B' && element.children.length === 1 && element.firstElementChild?.tagName === 'STRONG' && element.childNodes.length === 1) ||
      (element.tagName === 'I' && element.children.length === 1 && element.firstElementChild?.tagName === 'EM' && element.childNodes.length === 1);
    if (redundant) element.replaceWith(...element.childNodes);
  }
  for (const item of [...container.querySelectorAll('li[value]')]) item.removeAttribute('value');
}
