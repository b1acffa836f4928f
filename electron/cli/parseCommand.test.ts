import { describe, expect, it } from 'vitest';
import { parseCommand } from './parseCommand';
import { createTranslator, errorLine, UsageError } from './translator';

function usageKey(argv: string[]): string {
  try {
    parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) return error.key;
    throw error;
  }
  throw new Error(`parsed: ${argv.join(' ')}`);
}

describe('parseCommand', () => {
  it('reads every command with its arguments and --json', () => {
    expect(parseCommand(['drafts', 'list', '--json'])).toEqual({ kind: 'drafts.list', json: true });
    expect(parseCommand(['drafts', 'show', 'abcdefgh'])).toEqual({ kind: 'drafts.show', json: false, id: 'abcdefgh' });
    expect(parseCommand(['drafts', 'new', '--headline', 'خبر عاجل', '--lang', 'fr'])).toEqual({
      kind: 'drafts.new',
      json: false,
      headline: 'خبر عاجل',
      language: 'fr',
    });
    expect(parseCommand(['drafts', 'new', '--headline=x'])).toMatchObject({ headline: 'x', language: undefined });
    expect(parseCommand(['drafts', 'delete', 'id1'])).toMatchObject({ kind: 'drafts.delete', id: 'id1' });
    expect(parseCommand(['drafts', 'restore', 'id1'])).toMatchObject({ kind: 'drafts.restore', id: 'id1' });
    expect(parseCommand(['revisions', 'id1', '--json'])).toEqual({ kind: 'revisions', json: true, id: 'id1' });
    expect(parseCommand(['settings', 'get'])).toEqual({ kind: 'settings.get', json: false, key: undefined });
    expect(parseCommand(['settings', 'get', 'houseStyle.digits'])).toMatchObject({ key: 'houseStyle.digits' });
    expect(parseCommand(['settings', 'set', 'userName', '--', '-Salma-'])).toMatchObject({
      kind: 'settings.set',
      key: 'userName',
      value: '-Salma-',
    });
    // Booleans and numbers reach the settings service as what their keys hold, strings stay strings.
    expect(parseCommand(['settings', 'set', 'proofreading', 'false'])).toMatchObject({ key: 'proofreading', value: false });
    expect(parseCommand(['settings', 'set', 'houseStyle.arabicPunctuation', 'true'])).toMatchObject({ value: true });
    expect(parseCommand(['settings', 'set', 'houseStyle.headlineMaxLength', '120'])).toMatchObject({ value: 120 });
    expect(parseCommand(['settings', 'set', 'proofreadingRules', '{"hamza":false}'])).toMatchObject({ value: { hamza: false } });
    expect(parseCommand(['settings', 'set', 'byline', '120'])).toMatchObject({ value: '120' });
    expect(parseCommand([])).toMatchObject({ kind: 'help' });
    expect(parseCommand(['drafts', 'list', '-h'])).toMatchObject({ kind: 'help' });
  });

  it.each([
    [['drafts'], 'unknownCommand'],
    [['drafts', 'burn'], 'unknownCommand'],
    [['burn'], 'unknownCommand'],
    [['publish'], 'missingArgument'],
    [['publish', 'draft-0001'], 'missingOptionValue'],
    [['targets', 'add', 'site', '--url', 'https://x.example'], 'missingOptionValue'],
    [['publish', 'draft-0001', '--target', 's', '--status', 'live'], 'unknownOption'],
    [['drafts', 'show'], 'missingArgument'],
    [['revisions'], 'missingArgument'],
    [['settings', 'set', 'userName'], 'missingArgument'],
    [['drafts', 'list', 'extra'], 'extraArgument'],
    [['settings', 'get', 'uiLanguage', 'x'], 'extraArgument'],
    [['drafts', 'list', '--verbose'], 'unknownOption'],
    [['drafts', 'list', '--json=yes'], 'unknownOption'],
    [['drafts', 'new', '--headline'], 'missingOptionValue'],
    [['drafts', 'new', '--lang', 'de'], 'badLanguage'],
    [['drafts', 'list', '--lang', 'ar'], 'optionNotAllowed'],
    [['settings', 'get', 'password'], 'unknownSetting'],
    [['settings', 'set', '__proto__', 'x'], 'unknownSetting'],
    [['settings', 'set', 'proofreading', 'yes'], 'settingNeedsBoolean'],
    [['settings', 'set', 'houseStyle.headlineMaxLength', '12O'], 'settingNeedsNumber'],
    [['settings', 'set', 'proofreadingRules', '{hamza:false}'], 'settingNeedsJson'],
    [['export', 'draft-0001', '--format', 'docx'], 'binaryNeedsOut'],
  ])('refuses %j as %s', (argv, key) => {
    expect(usageKey(argv)).toBe(key);
  });

  it('explains a usage error in the UI language, naming what is missing', async () => {
    const error = new UsageError('missingArgument', { command: 'drafts show', argument: 'id' });
    expect(errorLine(error, await createTranslator('en'))).toBe('“drafts show” needs a draft id. See midad --help.');
    expect(errorLine(error, await createTranslator('ar'))).toBe('الأمر «drafts show» يحتاج إلى معرّف مسودة. انظر midad --help.');
  });
});

describe('parseCommand: publishing', () => {
  it('reads targets, publish and outbox commands', () => {
    expect(parseCommand(['targets', 'add', 'kifache', '--type', 'wordpress', '--url', 'https://k.example', '--user', 'ed', '--password-stdin'])).toEqual({
      kind: 'targets.add',
      json: false,
      name: 'kifache',
      url: 'https://k.example',
      user: 'ed',
      passwordStdin: true,
    });
    expect(parseCommand(['targets', 'test', 'kifache', '--json'])).toEqual({ kind: 'targets.test', json: true, name: 'kifache' });
    expect(parseCommand(['publish', 'draft-0001', '--target', 'kifache', '--at', '2030-01-02T09:30:00+03:00'])).toEqual({
      kind: 'publish',
      json: false,
      id: 'draft-0001',
      target: 'kifache',
      status: 'future',
      at: '2030-01-02T06:30:00.000Z',
    });
    expect(parseCommand(['outbox', '--json'])).toEqual({ kind: 'outbox', json: true });
    expect(parseCommand(['publish', '-h'])).toMatchObject({ kind: 'help' });
  });
});
