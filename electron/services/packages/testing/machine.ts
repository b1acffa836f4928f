import { readFile } from 'node:fs/promises';
import { createDocument } from '../../../../shared/editor/documentText';
import { withBlockId } from '../../../../shared/editor/blockIdFormat';
import type { CommentThread } from '../../../../shared/model/comment';
import type { ArticleDocument, SerializedNodeShape } from '../../../../shared/model/document';
import type { Settings } from '../../../../shared/model/settings';
import { AssetsService } from '../../assets/AssetsService';
import type { DraftsService } from '../../drafts/DraftsService';
import { startService, tempDataDir } from '../../drafts/testing/harness';
import type { FileSystem } from '../../storage/FileSystem';
import { PackagesService } from '../PackagesService';

export const CALLER = { clientId: 'test' };

/** A one-pixel PNG's signature and header: enough for the assets service to accept it. */
export const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3]);

/** One computer with its own data folder: a journalist's laptop or an editor's. */
export interface Machine {
  dir: string;
  drafts: DraftsService;
  packages: PackagesService;
  assets: AssetsService;
  close(): Promise<void>;
}

export async function startMachine(user: string, fs?: FileSystem, role: Settings['role'] = 'journalist'): Promise<Machine> {
  const { dir, cleanup } = await tempDataDir();
  const { service: drafts } = await startService(dir, { author: user, fs });
  const packages = new PackagesService({
    dataDir: dir,
    fs,
    drafts,
    readBytes: (path) => readFile(path),
    appVersion: '0.0.0-test',
    sender: () => ({ name: user, machine: `${user}-pc` }),
    role: () => role,
  });
  await packages.start();
  const assets = new AssetsService({ dataDir: dir, readBytes: (path) => readFile(path) });
  return {
    dir,
    drafts,
    packages,
    assets,
    close: async () => {
      await drafts.stop();
      await cleanup();
    },
  };
}

export function paragraph(blockId: string, text: string): SerializedNodeShape {
  return withBlockId({ type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }, blockId);
}

/** An Arabic article whose body is the given paragraphs (block id → text), after the headline, kicker and lead. */
export function article(headline: string, paragraphs: Record<string, string>, extra: SerializedNodeShape[] = []): ArticleDocument {
  const base = createDocument('ar', headline);
  const body = Object.entries(paragraphs).map(([id, text]) => paragraph(id, text));
  return { root: { ...base.root, children: [...base.root.children.slice(0, 3), ...body, ...extra] } };
}

/** Saves a new text as a checkpoint from the draft's current revision. */
export async function edit(machine: Machine, id: string, document: ArticleDocument, comments?: CommentThread[]): Promise<string> {
  const [current] = await machine.drafts.revisions({ id });
  await machine.drafts.open({ id, takeOver: false }, CALLER);
  const meta = await machine.drafts.save({ id, baseRevisionId: current!.id, document, kind: 'checkpoint', comments }, CALLER);
  await machine.drafts.close({ id }, CALLER);
  return meta.revisionId;
}
