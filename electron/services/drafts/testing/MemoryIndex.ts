import { readFile } from 'node:fs/promises';
import type { SearchHit } from '../../../../shared/api/midad';
import { documentText } from '../../../../shared/editor/documentText';
import type { ArticleDocument } from '../../../../shared/model/document';
import { draftMetaSchema, type DraftMeta } from '../../../../shared/model/draft';
import type { DraftIndex } from '../../library/DraftIndex';
import { atomicWriteFile } from '../../storage/atomicWriteFile';
import { nodeFileSystem } from '../../storage/FileSystem';

/**
 * A stand-in for the library index in drafts tests: a map of metadata and plain
 * text, optionally persisted to one JSON file (atomically, like the real one) so
 * a killed child process leaves an index behind for the next start to reconcile.
 */
export class MemoryIndex implements DraftIndex {
  private readonly metas = new Map<string, DraftMeta>();
  private readonly texts = new Map<string, string>();
  /** Every upsert and remove, for tests that check what the service told the index. */
  readonly calls: { op: 'upsert' | 'remove'; id: string }[] = [];

  constructor(private readonly file?: string) {}

  static async load(file: string): Promise<MemoryIndex> {
    const index = new MemoryIndex(file);
    try {
      for (const meta of JSON.parse(await readFile(file, 'utf8')) as unknown[]) {
        const parsed = draftMetaSchema.parse(meta);
        index.metas.set(parsed.id, parsed);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return index;
  }

  all(): DraftMeta[] {
    return [...this.metas.values()];
  }

  get(id: string): DraftMeta | undefined {
    return this.metas.get(id);
  }

  async upsert(meta: DraftMeta, document: ArticleDocument): Promise<void> {
    const { headline, blocks } = documentText(document);
    this.metas.set(meta.id, meta);
    this.texts.set(meta.id, [headline, ...blocks].join('\n'));
    this.calls.push({ op: 'upsert', id: meta.id });
    await this.persist();
  }

  async remove(id: string): Promise<void> {
    this.metas.delete(id);
    this.texts.delete(id);
    this.calls.push({ op: 'remove', id });
    await this.persist();
  }

  search(query: string, limit: number): SearchHit[] {
    return this.all()
      .filter((meta) => this.texts.get(meta.id)?.includes(query))
      .slice(0, limit)
      .map((meta) => ({ id: meta.id, score: 1, headline: meta.headline, headlineHighlights: [], snippet: '', snippetHighlights: [] }));
  }

  private async persist(): Promise<void> {
    if (this.file) await atomicWriteFile(nodeFileSystem, this.file, JSON.stringify(this.all()));
  }
}
