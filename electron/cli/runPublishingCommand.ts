import { resolve } from 'node:path';
import { MidadError } from '../../shared/api/errors';
import type { JobSummary } from '../../shared/api/outboxService';
import type { ConnectionReport, Publication, Target } from '../../shared/api/publishingService';
import { atomicWriteFile } from '../services/storage/atomicWriteFile';
import { nodeFileSystem } from '../services/storage/FileSystem';
import type { PublishingCommand } from './parsePublishingCommand';
import type { CommandOutput } from './runCommand';
import type { Translate } from './translator';

type Call = <T>(channel: string, args: unknown) => Promise<T>;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

const STILL_GOING = new Set(['queued', 'running']);

function jobLine(job: JobSummary, t: Translate): string {
  const progress = job.progress ? t(`publishing:progress.${job.progress.key}`, job.progress.params) : '';
  const error = job.error ? t(`errors:${job.error.code}`, job.error.params) : '';
  return [job.id, t(`publishing:state.${job.state}`), job.target, job.draftId, progress || error, job.headline].join('\t');
}

/**
 * Publishing from the command line. `publish` waits while the job runs, so
 * a script learns whether the story is on the site, failed, or waits for it.
 */
export async function runPublishingCommand(command: PublishingCommand, call: Call, t: Translate): Promise<CommandOutput> {
  switch (command.kind) {
    case 'targets.add': {
      // Never on the command line, where `ps` and the shell history would keep it.
      const password = command.passwordStdin ? await readStdin() : '';
      if (!password) throw new MidadError('target_password_required', { target: command.name, savedIn: '-' });
      const target = await call<Target>('publishing.addTarget', { name: command.name, type: 'wordpress', url: command.url, user: command.user, password });
      return { json: target, human: t('publishing:cli.targetAdded', { name: target.name, url: target.url }) };
    }
    case 'targets.list': {
      const targets = await call<Target[]>('publishing.listTargets', {});
      const human = targets.length === 0 ? t('publishing:cli.noTargets') : targets.map((target) => [target.name, target.url, target.user].join('\t')).join('\n');
      return { json: targets, human };
    }
    case 'targets.test': {
      const report = await call<ConnectionReport>('publishing.testTarget', { name: command.name });
      return {
        json: report,
        human: t('publishing:cli.testReport', {
          user: report.user,
          publish: t(`publishing:cli.${report.canPublish ? 'yes' : 'no'}`),
          upload: t(`publishing:cli.${report.canUpload ? 'yes' : 'no'}`),
          categories: report.categories.length,
          tags: report.tags.length,
        }),
      };
    }
    case 'targets.remove': {
      const result = await call<{ ok: true }>('publishing.removeTarget', { name: command.name });
      return { json: result, human: t('publishing:cli.targetRemoved', { name: command.name }) };
    }
    case 'publish': {
      const { jobId } = await call<{ jobId: string }>('publishing.publish', {
        draftId: command.id,
        target: command.target,
        options: { status: command.status, at: command.at },
        override: command.override ? { reason: command.override } : undefined,
      });
      let job: JobSummary | undefined;
      for (;;) {
        job = (await call<JobSummary[]>('outbox.list', {})).find((candidate) => candidate.id === jobId);
        if (!job || !STILL_GOING.has(job.state)) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      if (job?.state === 'failed' && job.error) throw MidadError.fromData(job.error);
      const publications = await call<Publication[]>('publishing.publications', { draftId: command.id });
      const link = publications.find((publication) => publication.target === command.target)?.link ?? '';
      const human = job?.state === 'done' ? t('publishing:cli.published', { link }) : t('publishing:cli.waiting', { id: jobId });
      return { json: { job, link }, human };
    }
    case 'export': {
      const file = await call<{ name: string; mime: string; base64: string }>('publishing.export', {
        id: command.id,
        format: command.format,
      });
      const bytes = Buffer.from(file.base64, 'base64');
      if (command.out === undefined) {
        // Without --out the export itself is the output, ready for a pipe.
        return { json: { name: file.name, mime: file.mime, content: bytes.toString('utf8') }, human: bytes.toString('utf8') };
      }
      const path = resolve(command.out);
      await atomicWriteFile(nodeFileSystem, path, bytes);
      return { json: { name: file.name, mime: file.mime, path }, human: t('publishing:cli.exported', { path }) };
    }
    case 'pull': {
      const pulled = await call<{ draftId: string; postId: number }[]>('publishing.pull', { target: command.target });
      return { json: pulled, human: pulled.map((entry) => `${entry.draftId}\t${entry.postId}`).join('\n') };
    }
    case 'outbox': {
      const jobs = await call<JobSummary[]>('outbox.list', {});
      return { json: jobs, human: jobs.length === 0 ? t('publishing:cli.emptyOutbox') : jobs.map((job) => jobLine(job, t)).join('\n') };
    }
  }
}
