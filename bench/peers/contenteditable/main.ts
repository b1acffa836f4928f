import { peerBlockHtml } from '../../fixtures/peerHtml';
import '../article.css';
import { loadPeerArticle } from '../peerArticle';

/** The floor: the browser's own editing of a `<div contenteditable>`, no script on the typing path. */
const content = document.querySelector<HTMLElement>('.article-content')!;
content.innerHTML = (await loadPeerArticle()).map(peerBlockHtml).join('');
content.contentEditable = 'true';

// A scripted paste (the bench's) has no default action; do what the browser does for a real one.
content.addEventListener('paste', (event) => {
  if (event.isTrusted || !event.clipboardData) return;
  event.preventDefault();
  document.execCommand('insertHTML', false, event.clipboardData.getData('text/html'));
});
