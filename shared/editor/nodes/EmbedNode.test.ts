import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorWith, exportHtml, importHtml, roundTrip } from '../testing/nodeHarness';
import { embedProvider } from './embedProvider';
import { $createEmbedNode, $isEmbedNode } from './EmbedNode';

const url = 'https://www.youtube.com/watch?v=abc123';
const build = (link = url) => editorWith(() => $getRoot().append($createEmbedNode(link)));

describe('EmbedNode', () => {
  it('round-trips its URL only; the provider is read from it', () => {
    const { first, second } = roundTrip(build());
    expect(second).toBe(first);
    const [node] = JSON.parse(first).root.children;
    expect(node).toMatchObject({ type: 'midad-embed', url });
    expect(node.provider).toBeUndefined();
    build().read(() => {
      const embed = $getRoot().getFirstChild();
      expect($isEmbedNode(embed) && embed.getProvider()).toBe('youtube');
    });
  });

  it('tells providers apart by host', () => {
    expect(embedProvider('https://youtu.be/x')).toBe('youtube');
    expect(embedProvider('https://x.com/user/status/1')).toBe('x');
    expect(embedProvider('https://twitter.com/user/status/1')).toBe('x');
    expect(embedProvider('https://www.facebook.com/page/posts/1')).toBe('facebook');
    expect(embedProvider('https://www.instagram.com/p/abc/')).toBe('instagram');
    expect(embedProvider('https://notyoutube.com.evil.example/watch')).toBe('other');
    expect(embedProvider('not a url')).toBe('other');
  });

  it('exports a plain link (nothing loads) that imports back; javascript: URLs are dropped', () => {
    const html = exportHtml(build());
    expect(html).toBe(
      `<figure data-midad-embed="youtube" data-url="${url}"><a href="${url}" rel="noopener noreferrer">${url}</a></figure>`,
    );
    expect(html).not.toContain('iframe');
    expect(importHtml(html)).toEqual([expect.objectContaining({ type: 'midad-embed', url })]);
    build('javascript:alert(1)').read(() => {
      const embed = $getRoot().getFirstChild();
      expect($isEmbedNode(embed) && embed.getUrl()).toBe('');
    });
  });
});
