import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './start.mjs';

function electronPackage(pathTxt?: string, binary?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'midad-electron-'));
  if (pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), pathTxt);
  if (binary) {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', binary), '');
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('finds the binary the electron package installed', () => {
    const dir = electronPackage('electron', 'electron');
    expect(findElectronBinary(dir, {})).toBe(join(dir, 'dist', 'electron'));
  });

  it('answers undefined when the download never happened or was removed', () => {
    expect(findElectronBinary(electronPackage(), {})).toBeUndefined();
    expect(findElectronBinary(electronPackage('electron'), {})).toBeUndefined();
    expect(findElectronBinary(electronPackage(''), {})).toBeUndefined();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const dir = electronPackage('electron');
    const override = mkdtempSync(join(tmpdir(), 'midad-dist-'));
    writeFileSync(join(override, 'electron'), '');
    expect(findElectronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });

});
