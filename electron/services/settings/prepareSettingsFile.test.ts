import * as nodeFs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/model/settings';
import type { SyncFileSystem } from './atomicWriteFileSync';
import { prepareSettingsFile } from './prepareSettingsFile';

const fixedNow = () => new Date('2026-03-01T10:20:30.456Z');

describe('prepareSettingsFile', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'midad-settings-'));
    path = join(dir, 'settings.json');
  });

  it('leaves a missing file alone', () => {
    expect(prepareSettingsFile(path)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a valid file byte for byte as it is', () => {
    const text = JSON.stringify({ uiLanguage: 'fr', houseStyle: { digits: 'eastern' } });
    writeFileSync(path, text);
    expect(prepareSettingsFile(path)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('backs up a file that is not JSON and resets it to the defaults', () => {
    writeFileSync(path, '{"uiLanguage": "fr",');
    const notice = prepareSettingsFile(path, nodeFs, fixedNow);
    expect(notice).toEqual({
      kind: 'settings_reset',
      backupPath: join(dir, 'settings.corrupt-2026-03-01T10-20-30-456Z.json'),
      at: '2026-03-01T10:20:30.456Z',
    });
    expect(readFileSync(notice!.backupPath, 'utf8')).toBe('{"uiLanguage": "fr",');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(defaultSettings);
    expect(readdirSync(dir).sort()).toEqual(['settings.corrupt-2026-03-01T10-20-30-456Z.json', 'settings.json']);
  });

  it.each([
    ['an unknown language', { uiLanguage: 'de' }],
    ['a number for a name', { userName: 42 }],
    ['a bad nested value', { houseStyle: { quotationMarks: 'straight' } }],
    ['an array instead of an object', []],
    ['an empty file', ''],
  ])('backs up and resets a file with %s', (_label, content) => {
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    writeFileSync(path, text);
    const notice = prepareSettingsFile(path, nodeFs, fixedNow);
    expect(notice?.kind).toBe('settings_reset');
    expect(readFileSync(notice!.backupPath, 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(defaultSettings);
  });

  it('keeps the damaged file intact when the reset cannot be written', () => {
    writeFileSync(path, 'not json');
    const full: SyncFileSystem = {
      ...nodeFs,
      writeSync: () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    };
    expect(() => prepareSettingsFile(path, full, fixedNow)).toThrow(/no space/);
    expect(readFileSync(path, 'utf8')).toBe('not json');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
