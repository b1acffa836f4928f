import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ServiceImplementation } from '../../../shared/api/contract';
import { MidadError } from '../../../shared/api/errors';
import { importedArticleToDocument } from '../../../shared/editor/import/importedArticleToDocument';
import { IMPORT_MAX_BYTES, type importService } from '../../../shared/api/importService';
import { articleFieldsSchema, type ArticleFields } from '../../../shared/model/article';
import type { ArticleDocument } from '../../../shared/model/document';
import type { Draft } from '../../../shared/model/draft';
import type { ArticleLanguage } from '../../../shared/model/language';
import type { Source } from '../../../shared/model/source';
import { importArticle } from './importArticle';
import { importSummary } from './importSummary';
import { linkSources, type SourcesDirectory } from './linkSources';

type ImportApi = ServiceImplementation<typeof importService>;
type Result = Awaited<ReturnType<ImportApi['fromFile']>>;

export interface ImportServiceOptions {
  /** `drafts.create` with the imported document, fields and sources. */
  createDraft(args: { language: ArticleLanguage; document: ArticleDocument; fields: ArticleFields; sources: Source[] }): Promise<Draft>;
  /** Where the imported sources are found or created, so the directory shows the article's quotes. */
  sources: SourcesDirectory;
  /** The newsroom's time zone, for date lines. */
  timeZone(): string;
  maxBytes?: number;
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** Reads a file or uploaded bytes into a new draft; refuses huge files before reading them. */
export class ImportService implements ImportApi {
  private readonly maxBytes: number;

  constructor(private readonly options: ImportServiceOptions) {
    this.maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  }

  async fromFile(args: Parameters<ImportApi['fromFile']>[0]): Promise<Result> {
    const name = basename(args.path);
    let size: number;
    try {
      const info = await stat(args.path);
      if (info.isDirectory()) throw new MidadError('import_unsupported', { name });
      size = info.size;
    } catch (error) {
      if (error instanceof MidadError) throw error;
      throw new MidadError('not_found', { id: name }, String(error));
    }
    this.checkSize(size, name);
    return this.importBytes(await readFile(args.path), name);
  }

  async fromContent(args: Parameters<ImportApi['fromContent']>[0]): Promise<Result> {
    // Base64 is 4 characters for 3 bytes: refuse before decoding a huge upload.
    this.checkSize(Math.floor((args.base64.length * 3) / 4), args.name);
    return this.importBytes(Buffer.from(args.base64, 'base64'), args.name);
  }

  private checkSize(size: number, name: string): void {
    if (size > this.maxBytes) throw new MidadError('import_too_large', { name, size: megabytes(size), limit: megabytes(this.maxBytes) });
  }

  private async importBytes(bytes: Uint8Array, name: string): Promise<Result> {
    const { format, article: read } = await importArticle(bytes, name, { timeZone: this.options.timeZone() });
    const article = await linkSources(read, this.options.sources);
    const draft = await this.options.createDraft({
      language: article.language,
      document: importedArticleToDocument(article),
      fields: articleFieldsSchema.parse(article.fields),
      sources: article.sources,
    });
    return { meta: draft.meta, summary: importSummary(format, article) };
  }
}
