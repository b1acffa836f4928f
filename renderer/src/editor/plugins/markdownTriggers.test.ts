import { describe, expect, it } from 'vitest';
import { markdownTrigger } from './markdownTriggers';

describe('markdownTrigger', () => {
  it('recognises the block prefixes', () => {
    expect(markdownTrigger('##')).toBe('h2');
    expect(markdownTrigger('###')).toBe('h3');
    expect(markdownTrigger('>')).toBe('pullquote');
    expect(markdownTrigger('-')).toBe('bullet');
    expect(markdownTrigger('*')).toBe('bullet');
    expect(markdownTrigger('1.')).toBe('number');
    expect(markdownTrigger('12)')).toBe('number');
    expect(markdownTrigger('١.')).toBe('number');
  });

  it('ignores the same characters anywhere but alone at the start of a paragraph', () => {
    expect(markdownTrigger('####')).toBeNull();
    expect(markdownTrigger('قال ##')).toBeNull();
    expect(markdownTrigger('2021')).toBeNull();
    expect(markdownTrigger('-5')).toBeNull();
    expect(markdownTrigger('')).toBeNull();
  });
});
