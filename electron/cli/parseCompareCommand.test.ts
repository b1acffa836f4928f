import { describe, expect, it } from 'vitest';
import { parseCommand } from './parseCommand';
import { UsageError } from './translator';

describe('parseCommand: compare', () => {
  it('reads the draft, the two revisions (the second may be current) and --json', () => {
    expect(parseCommand(['compare', 'draft-0001', 'rev-00001', 'current', '--json'])).toEqual({
      kind: 'compare',
      json: true,
      id: 'draft-0001',
      from: 'rev-00001',
      to: 'current',
    });
  });

  it('refuses a missing revision, an extra argument and an unknown option', () => {
    expect(() => parseCommand(['compare', 'draft-0001', 'rev-00001'])).toThrow(new UsageError('missingArgument', { command: 'compare', argument: 'revision' }));
    expect(() => parseCommand(['compare', 'draft-0001', 'a', 'b', 'c'])).toThrow(UsageError);
    expect(() => parseCommand(['compare', 'draft-0001', 'a', 'b', '--inline'])).toThrow(UsageError);
  });
});
