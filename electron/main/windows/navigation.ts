import { isAppUrl } from '../protocol/appProtocol';

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

/**
 * What a window may do with a URL it is asked to load or open. Only the app's
 * own origin loads inside a window; a plain https link (a source cited in an
 * article, say) goes to the user's browser, where it runs without our preload;
 * everything else (file:, javascript:, data:, http:, other apps' schemes) is refused.
 */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'deny';
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !parsed.hostname) return 'deny';
  if (url.length > 2_048) return 'deny';
  return 'open-externally';
}
