import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../storage/FileSystem';
import { faultyFileSystem } from '../storage/testing/faultyFileSystem';
import { NewsroomDictionary, parseWordList } from './NewsroomDictionary';

const seed = async () => '# Darija\nواخا\nكيفاش\n';

function setup(fs = nodeFileSystem) {
  const path = join(mkdtempSync(join(tmpdir(), 'midad-dictionary-')), 'dictionary', 'newsroom.txt');
  return { path, dictionary: new NewsroomDictionary({ fs, path, seed }) };
}

describe('NewsroomDictionary', () => {
  it('starts from the seed, saves added words and reads them back in a new instance', async () => {
    const { path, dictionary } = setup();
    expect([...(await dictionary.words())]).toEqual(['واخا', 'كيفاش']);
    expect(await dictionary.add(['الحافيظي', 'واخا', 'الحافيظي'])).toBe(1);
    expect(readFileSync(path, 'utf8').split('\n')).toContain('الحافيظي');
    const reopened = new NewsroomDictionary({ fs: nodeFileSystem, path, seed: async () => '' });
    expect([...(await reopened.words())].sort()).toEqual(['الحافيظي', 'كيفاش', 'واخا'].sort());
  });

  it('exports a sorted list that imports back as the same words', async () => {
    const { dictionary } = setup();
    await dictionary.add(['بزاف', 'دابا']);
    const exported = await dictionary.export();
    expect(parseWordList(exported).sort()).toEqual([...(await dictionary.words())].sort());
    expect(parseWordList('# comment\n  دابا  \n\nتارودانت\ntwo words\n')).toEqual(['دابا', 'تارودانت']);
  });

  it('keeps the list as it was when the disk is full, and says so with a typed error', async () => {
    const fs = faultyFileSystem(nodeFileSystem, { kind: 'writeFile', at: 1, code: 'ENOSPC', persistent: true });
    const { path, dictionary } = setup(fs);
    await expect(dictionary.add(['الحافيظي'])).rejects.toMatchObject({ code: 'storage_full' });
    expect((await dictionary.words()).has('الحافيظي')).toBe(false);
    expect(() => readFileSync(path)).toThrow();
  });
});
