import '../article.css';
import { loadPeerArticle } from '../peerArticle';

/** The floor: the browser's own editing of a `<div contenteditable>`, no script on the typing path. */
const content = document.querySelector<HTMLElement>('.article-content')!;
for (const block of await loadPeerArticle()) {
  const element = document.createElement(block.tag);
  element.textContent = block.text;
  // An empty paragraph needs a <br> to have a line to put the caret on, as browsers write it.
  if (!block.text) element.append(document.createElement('br'));
  content.append(element);
}
content.contentEditable = 'true';

// A scripted paste (the bench's) has no default action; do what the browser does for a real one.
content.addEventListener('paste', (event) => {
  if (event.isTrusted || !event.clipboardData) return;
  event.preventDefault();
  document.execCommand('insertHTML', false, event.clipboardData.getData('text/html'));
});
