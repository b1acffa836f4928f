import type { HtmlWindow } from '../../../shared/editor/import/htmlToImportedArticle';

/**
 * Runs `read` with a DOM window for parsing an imported page in Node. The
 * window runs no script and loads nothing (no scripts, styles or frames):
 * an imported page is untrusted. happy-dom is loaded on the first HTML or
 * Word import only, so plain-text imports and start-up do not pay for it.
 */
export async function withHtmlWindow<T>(read: (window: HtmlWindow) => T): Promise<T> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    return read(window as unknown as HtmlWindow);
  } finally {
    await window.happyDOM.close();
  }
}
