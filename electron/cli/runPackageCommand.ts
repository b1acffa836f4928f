import { basename, resolve } from 'node:path';
import type { Conflict, DeskScan, ImportResult, PackageInfo } from '../../shared/api/packagesService';
import type { DraftMeta } from '../../shared/model/draft';
import { conflictingBlocks } from '../../shared/review/conflicts/mergeVersions';
import type { PackageCommand } from './parsePackageCommand';
import type { CommandOutput } from './runCommand';
import type { Translate } from './translator';

type Call = <T>(channel: string, args: unknown) => Promise<T>;

/** Packages, the desk folder and conflicts, through the packages and desk services. */
export async function runPackageCommand(command: PackageCommand, call: Call, t: Translate, date: (iso: string) => string): Promise<CommandOutput> {
  const imported = (result: ImportResult): CommandOutput => ({ json: result, human: importedText(result, t, date) });
  switch (command.kind) {
    case 'package': {
      // The service writes only .midad files; `--out story` means story.midad.
      const out = /\.midad$/i.test(command.out) ? command.out : `${command.out}.midad`;
      const written = await call<{ path: string; size: number; package: PackageInfo }>('packages.export', {
        id: command.id,
        path: resolve(out),
        includeConfidential: command.includeConfidential,
      });
      return { json: written, human: t('package.written', { path: written.path, size: written.size, id: command.id }) };
    }
    case 'import.package':
      return imported(await call<ImportResult>('packages.import', { path: resolve(command.path) }));
    case 'desk.take':
      return imported(await call<ImportResult>('desk.take', { file: basename(command.file) }));
    case 'desk.send': {
      const sent = await call<{ path: string }>('desk.send', { id: command.id, includeConfidential: command.includeConfidential });
      return { json: sent, human: t('package.sent', { id: command.id, path: sent.path }) };
    }
    case 'desk.scan': {
      let scan = await call<DeskScan>('desk.scan', {});
      // The CLI has no watcher: looking at the folder is when drops that waited for it go out.
      if (scan.state === 'reachable' && scan.waiting.length > 0) {
        for (const id of scan.waiting) await call('desk.send', { id });
        scan = await call<DeskScan>('desk.scan', {});
      }
      return { json: scan, human: deskText(scan, t, date) };
    }
    case 'conflicts': {
      const [conflicts, opened] = await Promise.all([
        call<Conflict[]>('packages.conflicts', { id: command.id }),
        call<{ draft: { document: Conflict['document'] }; readOnly: boolean }>('drafts.open', { id: command.id }),
      ]);
      if (!opened.readOnly) await call('drafts.close', { id: command.id });
      if (conflicts.length === 0) return { json: conflicts, human: t('package.noConflicts') };
      const lines = conflicts.map((conflict) =>
        t('package.conflict', {
          revision: conflict.revisionId,
          name: conflict.package.sender.name,
          machine: conflict.package.sender.machine,
          sentAt: date(conflict.package.sentAt),
          blocks: conflictingBlocks(opened.draft.document, conflict.document).join(' '),
        }),
      );
      return { json: conflicts, human: lines.join('\n') };
    }
    case 'resolve': {
      const meta = await call<DraftMeta>('packages.resolveConflict', {
        id: command.id,
        revisionId: command.revisionId,
        whole: command.whole,
        blocks: command.blocks,
      });
      return { json: meta, human: t('package.resolved', { id: meta.id, revision: meta.revisionId }) };
    }
  }
}

function importedText({ outcome, meta, package: info }: ImportResult, t: Translate, date: (iso: string) => string): string {
  return t(`package.outcome.${outcome}`, {
    id: meta.id,
    name: info.sender.name,
    machine: info.sender.machine,
    sentAt: date(info.sentAt),
    status: t(`status.${meta.status}`),
    headline: meta.headline || t('show.untitled'),
  });
}

/** The desk section of `midad desk` and `midad inbox`. */
export function deskText(scan: DeskScan, t: Translate, date: (iso: string) => string): string {
  const waiting = scan.waiting.length > 0 ? [t('package.desk.waiting', { ids: scan.waiting.join(' ') })] : [];
  if (scan.state !== 'reachable') return [t(`package.desk.${scan.state}`, { folder: scan.folder }), ...waiting].join('\n');
  if (scan.arrivals.length === 0) return [t('package.desk.empty', { folder: scan.folder }), ...waiting].join('\n');
  const rows = scan.arrivals.map(({ file, state, package: info }) =>
    [file, t(`package.arrival.${state}`), info ? t(`status.${info.status}`) : '', info ? date(info.sentAt) : '', info?.sender.name ?? '', info?.sender.machine ?? '', info?.headline ?? ''].join('\t'),
  );
  return [t('package.desk.header', { folder: scan.folder }), ...rows, ...waiting].join('\n');
}
