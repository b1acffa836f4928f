import { documentText } from '../../shared/editor/documentText';
import type { Dispatcher } from '../../shared/api/dispatcher';
import { MidadError } from '../../shared/api/errors';
import type { Draft, DraftMeta, RevisionSummary } from '../../shared/model/draft';
import type { Settings } from '../../shared/model/settings';
import { dateFormatter, draftList, draftText, revisionList, settingLines } from './humanOutput';
import type { Command } from './parseCommand';
import { isPackageCommand } from './parsePackageCommand';
import { isPublishingCommand } from './parsePublishingCommand';
import { runCheckCommand } from './runCheckCommand';
import { runCompareCommand } from './runCompareCommand';
import { runImportCommand } from './runImportCommand';
import { runPackageCommand } from './runPackageCommand';
import { runPublishingCommand } from './runPublishingCommand';
import { runReviewCommand } from './runReviewCommand';
import type { Translate } from './translator';

/** What a command printed: the stable `--json` shape and the human text in the UI language. */
export interface CommandOutput {
  json: unknown;
  human: string;
}

const CALLER = { clientId: 'cli' };

/**
 * Runs a command through the same dispatcher as the app's windows, so the CLI
 * validates exactly as they do; a failed call throws its typed error.
 */
export async function runCommand(command: Exclude<Command, { kind: 'help' }>, dispatcher: Dispatcher, t: Translate): Promise<CommandOutput> {
  async function call<T>(channel: string, args: unknown): Promise<T> {
    const reply = await dispatcher.call(channel, args, CALLER);
    if (!reply.ok) throw MidadError.fromData(reply.error);
    return reply.result as T;
  }
  if (isPublishingCommand(command)) return runPublishingCommand(command, call, t);
  const settings = await call<Settings>('settings.get', {});
  const date = dateFormatter(settings);
  if (isPackageCommand(command)) return runPackageCommand(command, call, t, date);

  switch (command.kind) {
    case 'import':
      return runImportCommand(command, call, t, date);
    case 'check':
      return runCheckCommand(command, call, t);
    case 'submit':
    case 'review':
    case 'inbox':
      return runReviewCommand(command, call, t, date);
    case 'compare':
      return runCompareCommand(command, call, t);
    case 'drafts.list': {
      const drafts = await call<DraftMeta[]>('drafts.list', {});
      return { json: drafts, human: draftList(drafts, t, date) };
    }
    case 'drafts.show': {
      const opened = await call<{ draft: Draft; readOnly: boolean }>('drafts.open', { id: command.id });
      // Only a lock this call took is ours to release; a window's lock stays with the window.
      if (!opened.readOnly) await call('drafts.close', { id: command.id });
      const { meta, document } = opened.draft;
      const text = documentText(document);
      return { json: { meta, text }, human: draftText(meta, text, t, date) };
    }
    case 'drafts.new': {
      const draft = await call<Draft>('drafts.create', { headline: command.headline, language: command.language });
      return { json: draft.meta, human: t('created', { id: draft.meta.id }) };
    }
    case 'drafts.delete': {
      const result = await call<{ ok: true }>('drafts.delete', { id: command.id });
      return { json: result, human: t('deleted', { id: command.id }) };
    }
    case 'drafts.restore': {
      const meta = await call<DraftMeta>('drafts.restoreFromTrash', { id: command.id });
      return { json: meta, human: t('restored', { id: meta.id }) };
    }
    case 'revisions': {
      const revisions = await call<RevisionSummary[]>('drafts.revisions', { id: command.id });
      return { json: revisions, human: revisionList(revisions, t, date) };
    }
    case 'settings.get': {
      if (!command.key) return { json: settings, human: settingLines(settings).join('\n') };
      const value = settingValue(settings, command.key);
      return { json: value, human: String(value) };
    }
    case 'settings.set': {
      const updated = await call<Settings>('settings.set', { key: command.key, value: command.value });
      const value = settingValue(updated, command.key);
      return { json: updated, human: t('settingChanged', { key: command.key, value }) };
    }
  }
}

function settingValue(settings: Settings, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], settings);
}
