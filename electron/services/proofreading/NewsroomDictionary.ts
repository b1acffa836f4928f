import { dirname } from 'node:path';
import { atomicWriteFile } from '../storage/atomicWriteFile';
import type { FileSystem } from '../storage/FileSystem';
import { isNotFound, toStorageError } from '../storage/storageErrors';

/** Words of a word-list file: one a line, `#` starts a comment line, surrounding spaces dropped. */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line !== '' && !line.startsWith('#') && !/\s/.test(line));
}

export interface NewsroomDictionaryOptions {
  fs: FileSystem;
  /** The desk's list, under the data folder. */
  path: string;
  /** Read when the list does not exist yet: the Darija and Moroccan names Midad ships. */
  seed: () => Promise<string>;
}

/**
 * The newsroom's own word list (names, Darija words used on purpose), shared
 * by everyone who checks with this data folder. Every change is written
 * atomically; the file is plain text so it can be exported and imported.
 */
export class NewsroomDictionary {
  #words: Set<string> | undefined;
  #writes = Promise.resolve();

  constructor(private readonly options: NewsroomDictionaryOptions) {}

  async words(): Promise<ReadonlySet<string>> {
    if (!this.#words) {
      try {
        this.#words = new Set(parseWordList(await this.options.fs.readFile(this.options.path)));
      } catch (error) {
        if (!isNotFound(error)) throw toStorageError(error);
        this.#words = new Set(parseWordList(await this.options.seed()));
      }
    }
    return this.#words;
  }

  /** Adds words and saves the list; answers how many were new. */
  async add(words: readonly string[]): Promise<number> {
    const current = (await this.words()) as Set<string>;
    const fresh = words.map((word) => word.trim().normalize('NFC')).filter((word) => word && !current.has(word));
    if (fresh.length === 0) return 0;
    const next = new Set([...current, ...fresh]);
    await this.save(next);
    this.#words = next;
    return new Set(fresh).size;
  }

  async export(): Promise<string> {
    return `${[...(await this.words())].sort((a, b) => a.localeCompare(b, 'ar')).join('\n')}\n`;
  }

  private save(words: Set<string>): Promise<void> {
    // One write at a time, in call order, so a slower earlier write never lands last.
    const write = this.#writes.then(async () => {
      await this.options.fs.mkdir(dirname(this.options.path), { recursive: true });
      await atomicWriteFile(this.options.fs, this.options.path, `${[...words].join('\n')}\n`);
    });
    this.#writes = write.catch(() => undefined);
    return write;
  }
}
