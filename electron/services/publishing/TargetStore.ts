import { join } from 'node:path';
import { z } from 'zod';
import { MidadError } from '../../../shared/api/errors';
import { targetSchema, type Target } from '../../../shared/api/publishingService';
import { readJsonFile, writeJsonFile } from './jsonFile';

const targetsFileSchema = z.object({ targets: z.array(targetSchema) });

/** The publishing targets, in `<dataDir>/publishing/targets.json`; passwords live in the secret store. */
export class TargetStore {
  private readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(publishingDir: string) {
    this.file = join(publishingDir, 'targets.json');
  }

  async list(): Promise<Target[]> {
    await this.queue;
    return (await readJsonFile(this.file, targetsFileSchema))?.targets ?? [];
  }

  async get(name: string): Promise<Target> {
    const target = (await this.list()).find((candidate) => candidate.name === name);
    if (!target) throw new MidadError('target_not_found', { target: name });
    return target;
  }

  /** Changes the list under one write at a time, so concurrent edits are not lost. */
  update(change: (targets: Target[]) => Target[]): Promise<Target[]> {
    const next = this.queue.then(async () => {
      const targets = change((await readJsonFile(this.file, targetsFileSchema))?.targets ?? []);
      await writeJsonFile(this.file, { targets });
      return targets;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** Plain http only to this machine: an Application Password must not cross a network in the clear. */
export function checkTargetUrl(url: string): string {
  const parsed = new URL(url);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
    throw new MidadError('target_insecure_url', { url });
  }
  return parsed.toString().replace(/\/+$/, '');
}
