import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MidadError } from '../../../shared/api/errors';
import type { DraftsService } from '../drafts/DraftsService';
import type { SettingsService } from '../settings/SettingsService';
import type { SourcesService } from '../sources/SourcesService';
import { nodeFileSystem } from '../storage/FileSystem';
import { NewsroomDictionary } from './NewsroomDictionary';
import { ProofreadingService } from './ProofreadingService';

/** resources/dictionaries beside the sources; the packaged app passes its own resources path. */
export const defaultDictionariesDir = fileURLToPath(new URL('../../../resources/dictionaries/', import.meta.url));

/** The newsroom word list's file in the data folder. */
export function newsroomDictionaryPath(dataDir: string): string {
  return join(dataDir, 'dictionary', 'newsroom.txt');
}

export interface ProofreadingDependencies {
  dataDir: string;
  drafts: DraftsService;
  sources?: SourcesService;
  settings: SettingsService;
  dictionariesDir?: string;
}

/** Builds the service from the other services, for the composition root. */
export function createProofreadingService({ dataDir, drafts, sources, settings, dictionariesDir = defaultDictionariesDir }: ProofreadingDependencies) {
  return new ProofreadingService({
    dictionariesDir,
    dictionary: new NewsroomDictionary({
      fs: nodeFileSystem,
      path: newsroomDictionaryPath(dataDir),
      seed: () => readFile(join(dictionariesDir, 'newsroom-seed.txt'), 'utf8'),
    }),
    settings: () => settings.current(),
    // Reads the saved revision without taking the draft's lock: a window may be editing it.
    readDraft: async (id) => {
      const meta = (await drafts.list({ sort: 'updated' })).find((candidate) => candidate.id === id);
      if (!meta) throw new MidadError('not_found', { id });
      const { document } = await drafts.revision({ id, revisionId: meta.revisionId });
      return { document, language: meta.language };
    },
    sourceNames: sources ? async () => (await sources.list({ limit: 1_000 })).map((source) => source.name) : undefined,
  });
}
