import { z } from 'zod';
import { articleFieldsSchema } from '../../../shared/model/article';
import { commentThreadsSchema } from '../../../shared/model/comment';
import { documentSchema } from '../../../shared/model/document';
import { draftMetaSchema, revisionSummarySchema, type Draft, type QuarantinedDraft } from '../../../shared/model/draft';
import { sourceSchema } from '../../../shared/model/source';
import { CURRENT_SCHEMA_VERSION, draftMigrations, migrateDraftFile, type Migration } from './migrations';
import { isJsonPrefix } from './jsonPrefix';

export const DRAFT_FORMAT = 'midad-draft';

/**
 * `drafts/<id>/draft.json`: metadata, document and the revision history in one
 * file, so that a single rename commits a whole save. Revision files and the
 * library index are derived from it and rebuilt from it after a crash.
 */
export const draftFileSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  meta: draftMetaSchema,
  document: documentSchema,
  fields: articleFieldsSchema,
  /** The sources this draft's quotes point to, so an export or package carries them. */
  sources: z.array(sourceSchema).max(1_000),
  /**
   * Review comments. Files written before comments existed have none: the
   * default reads them without a format version of their own.
   */
  comments: commentThreadsSchema.default([]),
  /** Summaries of the kept revisions, oldest first; the last is `meta.revisionId`. */
  revisions: z.array(revisionSummarySchema).min(1),
});
export type DraftFile = z.infer<typeof draftFileSchema>;

export type UnreadableReason = QuarantinedDraft['reason'];

export type DraftFileReading =
  | { ok: true; file: DraftFile; migratedFrom?: number }
  | { ok: false; reason: UnreadableReason; detail: string };

/** What callers see of a draft file: everything but the revision history. */
export function draftOf(file: DraftFile): Draft {
  return { meta: file.meta, document: file.document, fields: file.fields, sources: file.sources, comments: file.comments };
}

export function serializeDraftFile(file: DraftFile): string {
  return JSON.stringify(file);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a draft file's text, telling empty, cut-off, foreign, invalid and future files apart. */
export function readDraftFile(text: string, migrations: ReadonlyMap<number, Migration> = draftMigrations): DraftFileReading {
  if (text.trim() === '') return { ok: false, reason: 'empty', detail: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: isJsonPrefix(text) ? 'truncated' : 'not_json', detail };
  }
  if (!isRecord(raw) || raw.format !== DRAFT_FORMAT) {
    return { ok: false, reason: 'invalid', detail: 'not a Midad draft file' };
  }
  const migrated = migrateDraftFile(raw, migrations);
  if (!migrated.ok) return { ok: false, reason: migrated.reason, detail: `schemaVersion ${String(raw.schemaVersion)}` };
  const parsed = draftFileSchema.safeParse(migrated.file);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: parsed.error.issues[0]?.message ?? 'schema' };
  return migrated.migratedFrom === undefined
    ? { ok: true, file: parsed.data }
    : { ok: true, file: parsed.data, migratedFrom: migrated.migratedFrom };
}

/** The headline a damaged file still shows, if its beginning can be read at all. */
export function salvageHeadline(text: string): string | undefined {
  const match = /"headline"\s*:\s*"((?:[^"\\]|\\.){0,2000})"/.exec(text.slice(0, 10_000));
  if (!match) return undefined;
  try {
    return JSON.parse(`"${match[1]}"`) as string;
  } catch {
    return undefined;
  }
}
