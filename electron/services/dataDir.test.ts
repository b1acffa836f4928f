import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './dataDir';

describe('resolveDataDir', () => {
  it('prefers $MIDAD_DATA_DIR, made absolute', () => {
    expect(resolveDataDir({ env: { MIDAD_DATA_DIR: 'rel/data' }, platform: 'linux', home: '/home/a' })).toBe(
      resolve('rel/data'),
    );
  });

  it('follows Electron userData on Linux, honouring XDG_CONFIG_HOME', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', home: '/home/a' })).toBe('/home/a/.config/Midad');
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/x/cfg' }, platform: 'linux', home: '/home/a' })).toBe(
      '/x/cfg/Midad',
    );
  });

  it('follows Electron userData on macOS and Windows', () => {
    expect(resolveDataDir({ env: {}, platform: 'darwin', home: '/Users/a' })).toBe(
      '/Users/a/Library/Application Support/Midad',
    );
    expect(
      resolveDataDir({ env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\a' }),
    ).toBe('C:\\Users\\a\\AppData\\Roaming\\Midad');
  });
});
