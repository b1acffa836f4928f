import { describe, expect, it } from 'vitest';
import type { DraftId } from '../../../shared/model/ids';
import { openPackageFiles, type PackageOpener } from './openPackageFiles';

function recorder(imports: Record<string, string | Error>) {
  const calls: string[] = [];
  const opener: PackageOpener = {
    importPackage: async (path) => {
      calls.push(`import ${path}`);
      const result = imports[path];
      if (result instanceof Error || result === undefined) throw result ?? new Error('unknown');
      return { draftId: result as DraftId };
    },
    openDraft: (id) => calls.push(`draft ${id}`),
    openLibrary: () => calls.push('library'),
    refused: (path, error) => calls.push(`refused ${path}: ${(error as Error).message}`),
  };
  return { calls, opener };
}

describe('openPackageFiles', () => {
  it('imports each file in turn and opens its story', async () => {
    const { calls, opener } = recorder({ '/a.midad': 'd1', '/b.midad': 'd2' });
    await openPackageFiles(['/a.midad', '/b.midad'], opener);
    expect(calls).toEqual(['import /a.midad', 'draft d1', 'import /b.midad', 'draft d2']);
  });

  it('brings the library forward for a refused package and carries on with the next', async () => {
    const { calls, opener } = recorder({ '/bad.midad': new Error('package_damaged'), '/b.midad': 'd2' });
    await openPackageFiles(['/bad.midad', '/b.midad'], opener);
    expect(calls).toEqual(['import /bad.midad', 'refused /bad.midad: package_damaged', 'library', 'import /b.midad', 'draft d2']);
  });

  it('opens the library on a plain launch', async () => {
    const { calls, opener } = recorder({});
    await openPackageFiles([], opener);
    expect(calls).toEqual(['library']);
  });
});
