import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocument } from '../../../../shared/editor/documentText';
import type { ArticleDocument } from '../../../../shared/model/document';
import type { FileSystem } from '../../storage/FileSystem';
import { DraftsService, type DraftsServiceOptions } from '../DraftsService';
import { newId } from '../ids';
import type { RecoveryReport } from '../recovery';
import { MemoryIndex } from './MemoryIndex';

/** A clock tests move by hand. */
export class FakeClock {
  constructor(private time = Date.parse('2025-03-10T09:00:00.000Z')) {}
  readonly now = () => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

export async function tempDataDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'midad-drafts-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface TestService {
  service: DraftsService;
  index: MemoryIndex;
  changes: string[][];
  recovery: RecoveryReport;
}

/** A started service on `dataDir` with an in-memory index, a fake author and Arabic as the default language. */
export async function startService(
  dataDir: string,
  options: { index?: MemoryIndex; fs?: FileSystem; clock?: () => Date; instanceId?: string; author?: string } & Partial<
    Pick<DraftsServiceOptions, 'migrations'>
  > = {},
): Promise<TestService> {
  const index = options.index ?? new MemoryIndex();
  const changes: string[][] = [];
  const service = new DraftsService({
    dataDir,
    index,
    fs: options.fs,
    clock: options.clock,
    instanceId: options.instanceId ?? `test-${newId(new Date())}`,
    author: () => options.author ?? 'سلمى بنعلي',
    defaultLanguage: () => 'ar',
    onDidChange: (ids) => changes.push(ids),
    migrations: options.migrations,
  });
  const recovery = await service.start();
  return { service, index, changes, recovery };
}

/** Every temp file left anywhere under `dir`. */
export async function tempFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((path) => path.split(/[\\/]/).at(-1)!.endsWith('.tmp'));
}

const WORDS = [
  'الحكومة', 'المغربية', 'أعلنت', 'اليوم', 'عن', 'تفكيك', 'خلية', 'إرهابية', 'في', 'مدينة', 'طنجة',
  'وقال', 'المتحدث', 'باسم', 'المديرية', 'العامة', 'للأمن', 'الوطني', 'إن', 'العملية', 'جرت', 'بتنسيق',
  'مع', 'مكتب', 'التحقيقات', 'القضائية', 'وأسفرت', 'عن', 'توقيف', 'ثلاثة', 'أشخاص', 'تتراوح', 'أعمارهم',
  'بين', '22', 'و', '35', 'سنة', 'Reuters', 'ديسمبر', '2021',
];

/** An Arabic article of exactly `words` words (headline included), varied by `seed`. */
export function arabicArticle(words: number, seed: number, headline = 'تفكيك خلية إرهابية في طنجة'): ArticleDocument {
  const headlineWords = headline.split(' ').length;
  const paragraphs: string[] = [];
  let remaining = words - headlineWords;
  let at = seed;
  while (remaining > 0) {
    const length = Math.min(remaining, 40 + (at % 30));
    paragraphs.push(Array.from({ length }, (_, i) => WORDS[(at + i * 7) % WORDS.length]).join(' ') + '.');
    remaining -= length;
    at += 13;
  }
  return createDocument('ar', headline, paragraphs);
}
