import { positionalBlockId, withBlockId } from '../../../shared/editor/blockIdFormat';
import { HEADLINE_NODE_TYPE, KICKER_NODE_TYPE, LEAD_NODE_TYPE } from '../../../shared/editor/documentText';
import { defaultArticleFields } from '../../../shared/model/article';
import type { SerializedNodeShape } from '../../../shared/model/document';

/** The draft file format this code writes. Raise it together with a new migration. */
export const CURRENT_SCHEMA_VERSION = 2;

/** Turns the raw JSON of a version-n draft file into version n+1. */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

function emptyTopBlock(type: string, direction: unknown): SerializedNodeShape {
  return { type, version: 1, direction: direction ?? null, format: '', indent: 0, children: [] };
}

/**
 * Version 2 gives the document its fixed kicker and lead after the headline,
 * moves rich-text's plain `quote` blocks to pull quotes, ids every top-level
 * block, and adds the article's fields (byline from the revision authors) and
 * the sources its quotes point to.
 */
function v1ToV2(file: Record<string, unknown>): Record<string, unknown> {
  const document = file.document as { root: { children: SerializedNodeShape[]; direction?: unknown } } | undefined;
  const meta = file.meta as { authors?: unknown } | undefined;
  const result: Record<string, unknown> = {
    ...file,
    fields: { ...defaultArticleFields, authors: Array.isArray(meta?.authors) ? meta.authors.slice(0, 20) : [] },
    sources: [],
  };
  if (!document || !Array.isArray(document.root?.children)) return result;
  const children = document.root.children.map((node) => (node.type === 'quote' ? { ...node, type: 'midad-pullquote' } : node));
  const headlineAt = children.findIndex((node) => node.type === HEADLINE_NODE_TYPE);
  const direction = children[headlineAt]?.direction ?? document.root.direction;
  children.splice(headlineAt + 1, 0, emptyTopBlock(KICKER_NODE_TYPE, direction), emptyTopBlock(LEAD_NODE_TYPE, direction));
  return { ...result, document: { ...document, root: { ...document.root, children: children.map((node, index) => withBlockId(node, positionalBlockId(index))) } } };
}

/** `draftMigrations.get(n)` upgrades version n to n+1; each past version keeps a fixture under fixtures/. */
export const draftMigrations: ReadonlyMap<number, Migration> = new Map([[1, v1ToV2]]);

export type MigrationOutcome =
  | { ok: true; file: Record<string, unknown>; migratedFrom?: number }
  | { ok: false; reason: 'future_version' | 'invalid' };

/** Brings a draft file read from disk up to `current`, one version at a time. */
export function migrateDraftFile(
  file: Record<string, unknown>,
  migrations: ReadonlyMap<number, Migration> = draftMigrations,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, reason: 'invalid' };
  if (version > current) return { ok: false, reason: 'future_version' };
  let migrated = file;
  for (let from = version; from < current; from++) {
    const step = migrations.get(from);
    if (!step) return { ok: false, reason: 'invalid' };
    migrated = { ...step(migrated), schemaVersion: from + 1 };
  }
  return version === current ? { ok: true, file: migrated } : { ok: true, file: migrated, migratedFrom: version };
}
