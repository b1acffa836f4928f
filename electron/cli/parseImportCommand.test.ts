import { describe, expect, it } from 'vitest';
import { parseCommand } from './parseCommand';
import { UsageError } from './translator';

describe('midad import', () => {
  it('takes a file and --json', () => {
    expect(parseCommand(['import', 'story.docx'])).toEqual({ kind: 'import', json: false, path: 'story.docx' });
    expect(parseCommand(['import', 'مقال.txt', '--json'])).toEqual({ kind: 'import', json: true, path: 'مقال.txt' });
  });

  it('answers a missing file, an extra argument or an unknown option with a usage error', () => {
    expect(() => parseCommand(['import'])).toThrow(UsageError);
    expect(() => parseCommand(['import', 'a.txt', 'b.txt'])).toThrow(expect.objectContaining({ key: 'extraArgument' }));
    expect(() => parseCommand(['import', 'a.txt', '--lang', 'ar'])).toThrow(expect.objectContaining({ key: 'unknownOption' }));
  });
});
