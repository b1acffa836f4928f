import { describe, expect, it } from 'vitest';
import { draftHash, parseRoute, SOURCES_HASH } from './route';

describe('parseRoute', () => {
  it('reads the library and draft routes', () => {
    expect(parseRoute('#/')).toEqual({ name: 'library' });
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute(draftHash('d-20211221-abcdef'))).toEqual({ name: 'draft', id: 'd-20211221-abcdef' });
    expect(parseRoute(SOURCES_HASH)).toEqual({ name: 'sources' });
    expect(parseRoute('#/sources/x')).toEqual({ name: 'library' });
  });

  it('falls back to the library for ids the API would refuse', () => {
    expect(parseRoute('#/draft/..%2F..%2Fetc%2Fpasswd')).toEqual({ name: 'library' });
    expect(parseRoute('#/draft/')).toEqual({ name: 'library' });
  });
});
