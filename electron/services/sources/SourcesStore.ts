import { join } from 'node:path';
import { z } from 'zod';
import { sourceIdSchema, sourceSchema, type Source, type SourceId } from '../../../shared/model/source';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { errnoOf } from '../storage/storageErrors';

const FORMAT = 'midad-sources';

const sourcesFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  sources: z.array(sourceSchema),
  /** Merged-away ids and the id each was merged into, so old quotes still find their source. */
  redirects: z.record(sourceIdSchema, sourceIdSchema),
});
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/**
 * `<dataDir>/sources/sources.json`, written whole and atomically: a directory
 * of a few thousand people is small, and one file commits a merge in one
 * rename. A damaged file is moved aside, never overwritten.
 */
export class SourcesStore {
  readonly dir: string;
  private readonly path: string;

  constructor(
    private readonly fs: FileSystem,
    dataDir: string,
    private readonly clock: () => Date,
  ) {
    this.dir = join(dataDir, 'sources');
    this.path = join(this.dir, 'sources.json');
  }

  async load(): Promise<{ sources: Map<SourceId, Source>; redirects: Map<SourceId, SourceId> }> {
    await this.fs.mkdir(this.dir, { recursive: true });
    let text: string;
    try {
      text = await this.fs.readFile(this.path);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return { sources: new Map(), redirects: new Map() };
      throw error;
    }
    let parsed: SourcesFile | undefined;
    try {
      const result = sourcesFileSchema.safeParse(JSON.parse(text));
      if (result.success) parsed = result.data;
    } catch {
      // Not JSON: set aside below.
    }
    if (!parsed) {
      const aside = `${this.path}.damaged-${this.clock().toISOString().replace(/[:.]/gu, '-')}`;
      await this.fs.rename(this.path, aside);
      return { sources: new Map(), redirects: new Map() };
    }
    return {
      sources: new Map(parsed.sources.map((source) => [source.id, source])),
      redirects: new Map(Object.entries(parsed.redirects)),
    };
  }

  async save(sources: Iterable<Source>, redirects: Map<SourceId, SourceId>): Promise<void> {
    const file: SourcesFile = { format: FORMAT, version: 1, sources: [...sources], redirects: Object.fromEntries(redirects) };
    await atomicWriteFile(this.fs, this.path, `${JSON.stringify(file)}\n`);
  }
}
