import type { ProofreadingFinding } from '../../shared/api/proofreadingService';
import type { DeskScan } from '../../shared/api/packagesService';
import type { InboxEntry } from '../../shared/api/reviewService';
import type { AcknowledgedFinding, DraftMeta } from '../../shared/model/draft';
import { unacknowledgedErrors } from '../../shared/review/proofreadingGate';
import type { ReviewCommand } from './parseReviewCommand';
import type { CommandOutput } from './runCommand';
import { deskText } from './runPackageCommand';
import type { Translate } from './translator';

type Call = <T>(channel: string, args: unknown) => Promise<T>;

/** Submit, review and inbox through the review service; a refused step throws its translated error. */
export async function runReviewCommand(command: ReviewCommand, call: Call, t: Translate, date: (iso: string) => string): Promise<CommandOutput> {
  const moved = (meta: DraftMeta): CommandOutput => ({ json: meta, human: t('review.moved', { id: meta.id, status: t(`status.${meta.status}`) }) });
  // With --acknowledge, every error the proofreader finds now is kept, with that reason, in the step's history.
  const acknowledged = async (id: string, reason: string | undefined): Promise<{ acknowledged?: AcknowledgedFinding[] }> => {
    if (reason === undefined) return {};
    const { findings } = await call<{ findings: ProofreadingFinding[] }>('proofreading.checkDraft', { id });
    const errors = new Map(unacknowledgedErrors(findings, []).map(({ ruleId, text }) => [`${ruleId}\u0000${text}`, { ruleId, text, ...(reason ? { reason } : {}) }]));
    return errors.size > 0 ? { acknowledged: [...errors.values()] } : {};
  };
  switch (command.kind) {
    case 'submit':
      return moved(
        await call<DraftMeta>('review.transition', {
          id: command.id,
          to: 'submitted',
          message: command.message,
          ...(await acknowledged(command.id, command.acknowledge)),
        }),
      );
    case 'review': {
      const [current] = await call<DraftMeta[]>('drafts.list', {}).then((drafts) => drafts.filter((meta) => meta.id === command.id));
      // A submitted story is taken into review first, so the history shows who picked it up.
      if (current?.status === 'submitted') await call('review.transition', { id: command.id, to: 'in_review' });
      const to = command.verdict === 'approve' ? 'approved' : 'changes_requested';
      return moved(await call<DraftMeta>('review.transition', { id: command.id, to, message: command.message, ...(await acknowledged(command.id, command.acknowledge)) }));
    }
    case 'inbox': {
      // What waits in the desk folder is part of the inbox: stories arrive there before they are imported.
      const [entries, desk] = await Promise.all([call<InboxEntry[]>('review.inbox', {}), call<DeskScan>('desk.scan', {})]);
      const rows = entries.map(({ meta, since }) =>
        [meta.id, t(`status.${meta.status}`), date(since.at), since.by, since.machine, meta.headline || t('show.untitled'), since.message ?? ''].join('\t'),
      );
      const drafts = entries.length === 0 ? t('review.inboxEmpty') : [t('review.inboxHeader'), ...rows].join('\n');
      return { json: { drafts: entries, desk }, human: desk.state === 'off' ? drafts : `${drafts}\n\n${deskText(desk, t, date)}` };
    }
  }
}
