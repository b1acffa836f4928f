import { shell, type WebContents } from 'electron';
import { decideNavigation } from '../windows/navigation';

function openExternally(url: string): void {
  if (decideNavigation(url) !== 'open-externally') return;
  // Reviewed: only https URLs without credentials reach here (decideNavigation, tested in navigation.test.ts).
  shell.openExternal(url).catch(() => undefined); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

/**
 * Applied to every web contents the app creates (see `web-contents-created`),
 * so a window can only ever show the app: navigation away, redirects, new
 * windows and webviews are refused; a plain https link opens in the browser.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url);
    if (decision === 'allow') return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (decideNavigation(url) !== 'allow') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
