import Ajv from 'ajv';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../../electron-builder.config.cjs') as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string }[];
  files: string[];
};
const schema = require('app-builder-lib/scheme.json') as object;

function validator() {
  // electron-builder's schema is draft-07 with a few keywords of its own, hence strict: false.
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}

describe('electron-builder configuration', () => {
  it("is valid against electron-builder's own schema", () => {
    const validate = validator();
    expect(validate(config), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('the schema check is not a formality: a misspelt fuse or target fails it', () => {
    const validate = validator();
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
    expect(validate({ ...config, fileAssociations: [{ name: 'no extension' }] })).toBe(false);
  });

  it('sets the fuses of an editor that runs only its own code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, NSIS and dmg, and opens .midad files', () => {
    expect(config).toMatchObject({
      appId: expect.stringMatching(/^[a-z]+(\.[a-z]+)+$/),
      productName: 'Midad',
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
    expect(config.fileAssociations.map((association) => association.ext)).toEqual(['midad']);
  });
});
