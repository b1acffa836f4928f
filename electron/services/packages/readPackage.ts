import { MidadError } from '../../../shared/api/errors';
import type { PackageInfo } from '../../../shared/api/packagesService';
import { revisionSchema, type Revision } from '../../../shared/model/draft';
import { readDraftFile, type DraftFile } from '../drafts/draftFile';
import { documentAssetIds } from './documentAssets';
import {
  ASSETS_PREFIX,
  DRAFT_ENTRY,
  isPackageEntryName,
  MANIFEST_ENTRY,
  manifestSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  REVISIONS_PREFIX,
  type Manifest,
} from './manifest';
import { entryText, sha256, unzipPackage, type Entries } from './packageZip';

/** A package checked from end to end: nothing in it is trusted before this. */
export interface ReceivedPackage {
  manifest: Manifest;
  file: DraftFile;
  /** The history's revisions other than the current one, whose text is the draft file's. */
  revisions: Revision[];
  /** `assets/<sha256>.<ext>` → bytes. */
  assets: Entries;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The manifest alone, for a desk scan: format and version checked, checksums not. */
export function readManifest(bytes: Uint8Array, name: string): Manifest {
  return manifestOf(unzipPackage(bytes, name, (entry) => entry === MANIFEST_ENTRY), name);
}

function manifestOf(entries: Entries, name: string): Manifest {
  const raw = parseJson(entryText(entries, MANIFEST_ENTRY)) as { format?: unknown; formatVersion?: unknown } | undefined;
  if (!raw || raw.format !== PACKAGE_FORMAT) throw new MidadError('package_corrupt', { name }, 'no Midad manifest');
  // Judged before the schema: a newer Midad may have changed the rest of the manifest too.
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > PACKAGE_FORMAT_VERSION) {
    throw new MidadError('package_from_future', { name, version: raw.formatVersion });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new MidadError('package_corrupt', { name }, parsed.error.issues[0]?.message);
  return parsed.data;
}

/** What the package says about itself, as the API shows it. */
export function packageInfo(manifest: Manifest): PackageInfo {
  const { draftId, revisionId, baseRevisionId, status, headline, sender, sentAt, appVersion } = manifest;
  return { draftId, revisionId, ...(baseRevisionId ? { baseRevisionId } : {}), status, headline, sender, sentAt, appVersion };
}

/**
 * Unzips and checks a package: a zip at all and whole, a manifest this Midad
 * can read, exactly the entries it lists with their checksums, a draft and
 * revisions that validate and belong together, and every picture the text
 * shows. Throws the `package_*` error to show; `name` is the file's name.
 */
export function readPackage(bytes: Uint8Array, name: string): ReceivedPackage {
  const entries = unzipPackage(bytes, name);
  const manifest = manifestOf(entries, name);
  const corrupt = (detail: string) => new MidadError('package_corrupt', { name }, detail);

  const listed = Object.keys(manifest.entries);
  for (const entry of entries.keys()) {
    if (entry !== MANIFEST_ENTRY && !(entry in manifest.entries)) throw new MidadError('package_tampered', { name }, `unlisted ${entry}`);
  }
  for (const entry of listed) {
    if (!isPackageEntryName(entry)) throw corrupt(`entry name ${entry}`);
    const content = entries.get(entry);
    if (!content || sha256(content) !== manifest.entries[entry]) throw new MidadError('package_tampered', { name }, entry);
  }

  const reading = readDraftFile(entryText(entries, DRAFT_ENTRY) ?? '');
  if (!reading.ok) {
    if (reading.reason === 'future_version') throw new MidadError('package_from_future', { name, version: manifest.formatVersion });
    throw corrupt(`draft: ${reading.detail}`);
  }
  if (reading.file.meta.id !== manifest.draftId || reading.file.meta.revisionId !== manifest.revisionId) {
    throw corrupt('draft does not match manifest');
  }

  const revisions: Revision[] = [];
  for (const entry of listed.filter((candidate) => candidate.startsWith(REVISIONS_PREFIX))) {
    const parsed = revisionSchema.safeParse(parseJson(entryText(entries, entry)));
    const id = entry.slice(REVISIONS_PREFIX.length, -'.json'.length);
    if (!parsed.success || parsed.data.id !== id || parsed.data.draftId !== manifest.draftId) throw corrupt(`revision ${id}`);
    revisions.push(parsed.data);
  }

  // Conflicts are the receiver's own business, and a history entry without its text could never be opened.
  const { conflicts: _senders, ...meta } = reading.file.meta;
  const carried = new Set([meta.revisionId, ...revisions.map((revision) => revision.id)]);
  const file: DraftFile = { ...reading.file, meta, revisions: reading.file.revisions.filter((summary) => carried.has(summary.id)) };
  if (file.revisions.at(-1)?.id !== meta.revisionId) throw corrupt('history does not end with the current revision');

  const assets: Entries = new Map([...entries].filter(([entry]) => entry.startsWith(ASSETS_PREFIX)));
  const present = new Set([...assets.keys()].map((entry) => entry.slice(ASSETS_PREFIX.length).split('.')[0]));
  const missing = [...documentAssetIds(file.document)].filter((assetId) => !present.has(assetId));
  if (missing.length > 0) throw new MidadError('package_missing_images', { name, count: missing.length }, missing.join(', '));
  return { manifest, file, revisions, assets };
}
