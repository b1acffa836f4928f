import { describe, expect, it } from 'vitest';
import { decideNavigation } from './navigation';

describe('decideNavigation', () => {
  it('keeps the app origin inside the window', () => {
    expect(decideNavigation('midad://app/index.html#/draft/d1')).toBe('allow');
  });

  it('sends plain https links to the browser', () => {
    expect(decideNavigation('https://www.hespress.com/article?id=1')).toBe('open-externally');
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'midad://evil/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.com/',
    `https://example.com/${'a'.repeat(3_000)}`,
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(decideNavigation(url)).toBe('deny');
  });
});
