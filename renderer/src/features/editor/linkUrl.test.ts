import { describe, expect, it } from 'vitest';
import { normalizeLinkUrl } from './linkUrl';

describe('normalizeLinkUrl', () => {
  it('keeps web and mail links', () => {
    expect(normalizeLinkUrl(' https://kifache.com/a?b=1 ')).toBe('https://kifache.com/a?b=1');
    expect(normalizeLinkUrl('mailto:desk@kifache.com')).toBe('mailto:desk@kifache.com');
  });

  it('adds https to a bare domain', () => {
    expect(normalizeLinkUrl('kifache.com/2021/12/21')).toBe('https://kifache.com/2021/12/21');
  });

  it('refuses what is not a link or could run code', () => {
    expect(normalizeLinkUrl('')).toBeNull();
    expect(normalizeLinkUrl('كيفاش')).toBeNull();
    expect(normalizeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeLinkUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(normalizeLinkUrl('https://exa mple.com')).toBeNull();
    expect(normalizeLinkUrl('http://intranet')).toBeNull();
  });
});
