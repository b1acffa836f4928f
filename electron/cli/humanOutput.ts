import type { DocumentText } from '../../shared/editor/documentText';
import type { DraftMeta, RevisionSummary } from '../../shared/model/draft';
import type { Settings } from '../../shared/model/settings';
import type { Translate } from './translator';

/** Dates in the UI language and the newsroom's time zone, as the library window shows them. */
export function dateFormatter(settings: Settings): (iso: string) => string {
  const options: Intl.DateTimeFormatOptions = {
    dateStyle: 'medium',
    timeStyle: 'short',
    numberingSystem: settings.houseStyle.digits === 'eastern' ? 'arab' : 'latn',
  };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(settings.uiLanguage, { ...options, timeZone: settings.houseStyle.timeZone });
  } catch {
    // A time zone this runtime does not know: the local one is still a truthful time.
    format = new Intl.DateTimeFormat(settings.uiLanguage, options);
  }
  return (iso) => format.format(new Date(iso));
}

export function draftList(drafts: DraftMeta[], t: Translate, date: (iso: string) => string): string {
  if (drafts.length === 0) return t('list.empty');
  const rows = drafts.map((draft) =>
    [
      draft.id,
      t(`status.${draft.status}`),
      draft.language,
      draft.wordCount,
      date(draft.updatedAt),
      draft.headline || t('show.untitled'),
    ].join('\t'),
  );
  return [t('list.header'), ...rows].join('\n');
}

export function draftText(meta: DraftMeta, text: DocumentText, t: Translate, date: (iso: string) => string): string {
  const about = t('show.meta', {
    status: t(`status.${meta.status}`),
    language: t(`language.${meta.language}`),
    words: meta.wordCount,
    updated: date(meta.updatedAt),
  });
  const body = text.blocks.filter((block) => block.trim() !== '');
  return [text.headline || t('show.untitled'), about, '', ...body].join('\n');
}

export function revisionList(revisions: RevisionSummary[], t: Translate, date: (iso: string) => string): string {
  if (revisions.length === 0) return t('revisionList.empty');
  const rows = revisions.map((revision) =>
    [revision.id, t(`revisionKind.${revision.kind}`), date(revision.createdAt), revision.author, revision.wordCount].join(
      '\t',
    ),
  );
  return [t('revisionList.header'), ...rows].join('\n');
}

/** `key = value` lines for every setting, nested house-style keys dotted like `settings set` takes them. */
export function settingLines(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${prefix} = ${String(value)}`];
  return Object.entries(value).flatMap(([key, child]) => settingLines(child, prefix ? `${prefix}.${key}` : key));
}
