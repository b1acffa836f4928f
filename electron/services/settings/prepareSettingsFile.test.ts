import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/model/settings';
import { nodeFileSystem } from '../storage/FileSystem';
import { faultyFileSystem } from '../storage/testing/faultyFileSystem';
import { prepareSettingsFile } from './prepareSettingsFile';

const fixedNow = () => new Date('2026-03-01T10:20:30.456Z');
const backupName = 'settings.corrupt-2026-03-01T10-20-30-456Z.json';

describe('prepareSettingsFile', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'midad-settings-'));
    path = join(dir, 'settings.json');
  });

  it('leaves a missing file alone', async () => {
    expect(await prepareSettingsFile(path)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves a valid file byte for byte as it is', async () => {
    const text = JSON.stringify({ uiLanguage: 'fr', houseStyle: { digits: 'eastern' } });
    writeFileSync(path, text);
    expect(await prepareSettingsFile(path)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('moves a file that is not JSON aside, exactly as it was, and resets it to the defaults', async () => {
    const damaged = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x00, 0x2c]);
    writeFileSync(path, damaged);
    const notice = await prepareSettingsFile(path, nodeFileSystem, fixedNow);
    expect(notice).toEqual({ kind: 'settings_reset', backupPath: join(dir, backupName), at: '2026-03-01T10:20:30.456Z' });
    expect(readFileSync(notice!.backupPath).equals(damaged)).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(defaultSettings);
    expect(readdirSync(dir).sort()).toEqual([backupName, 'settings.json']);
  });

  it.each([
    ['an unknown language', { uiLanguage: 'de' }],
    ['a number for a name', { userName: 42 }],
    ['a bad nested value', { houseStyle: { quotationMarks: 'straight' } }],
    ['an array instead of an object', []],
    ['an empty file', ''],
    ['a truncated file', '{"uiLanguage": "fr",'],
  ])('backs up and resets a file with %s', async (_label, content) => {
    const text = typeof content === 'string' ? content : JSON.stringify(content);
    writeFileSync(path, text);
    const notice = await prepareSettingsFile(path, nodeFileSystem, fixedNow);
    expect(notice?.kind).toBe('settings_reset');
    expect(readFileSync(notice!.backupPath, 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(defaultSettings);
  });

  it('still lets the app start on a full disk: the damaged file is kept and the defaults apply', async () => {
    writeFileSync(path, 'not json');
    const full = faultyFileSystem(nodeFileSystem, { kind: 'writeFile', at: 1, code: 'ENOSPC', persistent: true });
    const notice = await prepareSettingsFile(path, full, fixedNow);
    expect(notice?.backupPath).toBe(join(dir, backupName));
    expect(readFileSync(join(dir, backupName), 'utf8')).toBe('not json');
    expect(readdirSync(dir)).toEqual([backupName]);
  });

  it('reports a read-only folder as a typed error and leaves the file where it is', async () => {
    writeFileSync(path, 'not json');
    const readOnly = faultyFileSystem(nodeFileSystem, { kind: 'rename', at: 1, code: 'EROFS', persistent: true });
    await expect(prepareSettingsFile(path, readOnly, fixedNow)).rejects.toMatchObject({ code: 'storage_read_only' });
    expect(readFileSync(path, 'utf8')).toBe('not json');
  });
});
