/**
 * The writer the SIGKILL test kills: the real drafts service saving a
 * 10,000-word draft over and over, alternating two versions, until killed.
 * Usage: node saveLoop.mjs <dataDir> <draftId> <indexFile>
 */
import { DraftsService } from '../DraftsService';
import { crashVersions } from './crashVersions';
import { MemoryIndex } from './MemoryIndex';

const [dataDir, id, indexFile] = process.argv.slice(2);
if (!dataDir || !id || !indexFile) throw new Error('usage: saveLoop <dataDir> <draftId> <indexFile>');

const service = new DraftsService({
  dataDir,
  index: await MemoryIndex.load(indexFile),
  instanceId: `saveloop-${process.pid}`,
  author: () => 'كاتب الاختبار',
  defaultLanguage: () => 'ar',
});
await service.start();
const client = { clientId: 'save-loop' };
const { draft } = await service.open({ id, takeOver: true }, client);
const [a, b] = crashVersions();
let meta = draft.meta;
process.stdout.write('ready\n');
for (let round = 0; ; round++) {
  const document = meta.wordCount === a.wordCount ? b.document : a.document;
  // Mostly autosaves, so pruning (file removal) is among the steps a kill can interrupt.
  meta = await service.save({ id, baseRevisionId: meta.revisionId, document, kind: round % 5 === 0 ? 'checkpoint' : 'autosave' }, client);
}
