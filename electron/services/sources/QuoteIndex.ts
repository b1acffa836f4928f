import { join } from 'node:path';
import { z } from 'zod';
import { draftIdSchema } from '../../../shared/model/ids';
import { quoteChannelSchema, sourceIdSchema } from '../../../shared/model/source';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { errnoOf } from '../storage/storageErrors';

const FORMAT = 'midad-quote-index';

const indexedQuoteSchema = z.object({
  sourceId: sourceIdSchema,
  text: z.string(),
  kind: z.enum(['inline', 'pullquote']),
  titleUsed: z.string().optional(),
  channel: quoteChannelSchema.optional(),
});
export type IndexedQuote = z.infer<typeof indexedQuoteSchema>;

const draftEntrySchema = z.object({ headline: z.string(), revisionId: z.string(), quotes: z.array(indexedQuoteSchema) });
export type DraftQuotes = z.infer<typeof draftEntrySchema>;

const indexFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  drafts: z.record(draftIdSchema, draftEntrySchema),
});

/**
 * Which sources each draft quotes, so "every quote by this source" does not
 * read every draft. Derived data: a missing or damaged file is rebuilt from
 * the drafts (`needsRebuild`).
 */
export class QuoteIndex {
  private drafts = new Map<string, DraftQuotes>();
  private readonly path: string;
  needsRebuild = false;

  constructor(
    private readonly fs: FileSystem,
    dir: string,
  ) {
    this.path = join(dir, 'quote-index.json');
  }

  async load(): Promise<void> {
    try {
      const parsed = indexFileSchema.safeParse(JSON.parse(await this.fs.readFile(this.path)));
      if (parsed.success) {
        this.drafts = new Map(Object.entries(parsed.data.drafts));
        return;
      }
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
    }
    this.needsRebuild = true;
  }

  revisionOf(draftId: string): string | undefined {
    return this.drafts.get(draftId)?.revisionId;
  }

  draftIds(): string[] {
    return [...this.drafts.keys()];
  }

  set(draftId: string, entry: DraftQuotes | undefined): void {
    if (entry) this.drafts.set(draftId, entry);
    else this.drafts.delete(draftId);
  }

  entries(): IterableIterator<[string, DraftQuotes]> {
    return this.drafts.entries();
  }

  async save(): Promise<void> {
    const file = { format: FORMAT, version: 1, drafts: Object.fromEntries(this.drafts) };
    await atomicWriteFile(this.fs, this.path, `${JSON.stringify(file)}\n`);
    this.needsRebuild = false;
  }
}
