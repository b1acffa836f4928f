import { z } from 'zod';
import { method, service } from './contract';
import { articleFieldsSchema } from '../model/article';
import { commentThreadsSchema } from '../model/comment';
import { documentSchema } from '../model/document';
import { draftMetaSchema, draftStatusSchema } from '../model/draft';
import { draftIdSchema, revisionIdSchema } from '../model/ids';
import { sourceSchema } from '../model/source';

const isoTime = z.iso.datetime({ offset: true });
const path = z.string().min(1).max(4_096);
/** Only `.midad` files: a caller cannot make the packages service read or replace any other file. */
const packagePath = path.regex(/\.midad$/i, 'a .midad file');
/** A package as base64, for a window that has no file system (the browser): within the web host's 64 MB body limit. */
const packageBase64 = z.string().max(48 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

/** Who sent a package, from which computer. */
export const packageSenderSchema = z.object({ name: z.string().max(200), machine: z.string().max(255) });

/** What a `.midad` package says about itself (its manifest, without the checksums). */
export const packageInfoSchema = z.object({
  draftId: draftIdSchema,
  /** The revision it carries: the sender's current one. */
  revisionId: revisionIdSchema,
  /** The last revision both machines had when it was sent, if they had exchanged the story before. */
  baseRevisionId: revisionIdSchema.optional(),
  status: draftStatusSchema,
  headline: z.string().max(2_000),
  sender: packageSenderSchema,
  sentAt: isoTime,
  appVersion: z.string().max(100),
});
export type PackageInfo = z.infer<typeof packageInfoSchema>;

/**
 * What an import did: `created` a draft new here, `updated` one this machine
 * had an older revision of, found it `up_to_date`, or kept it as a `conflict`
 * beside the local version because both changed since they last met.
 */
export const importOutcomes = ['created', 'updated', 'up_to_date', 'conflict'] as const;
export const importResultSchema = z.object({
  outcome: z.enum(importOutcomes),
  meta: draftMetaSchema,
  package: packageInfoSchema,
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** A version received from another machine that conflicts with the local one, kept until resolved. */
export const conflictSchema = z.object({
  revisionId: revisionIdSchema,
  package: packageInfoSchema,
  document: documentSchema,
  fields: articleFieldsSchema,
  sources: z.array(sourceSchema).max(1_000),
  comments: commentThreadsSchema,
});
export type Conflict = z.infer<typeof conflictSchema>;

/**
 * Anonymous sources' real identities travel only to editors: a package sent by
 * hand leaves them out unless an editor asks for them (to pass the story to
 * another editor); a journalist asking is refused (`confidential_editors_only`).
 */
const includeConfidential = z.boolean().optional();

const side = z.enum(['mine', 'theirs']);

export const packagesService = service(
  {
    /** Writes the draft as one `.midad` file at `path` (replacing it atomically). */
    export: method(z.object({ id: draftIdSchema, path: packagePath, includeConfidential }), z.object({ path, size: z.number().int().nonnegative(), package: packageInfoSchema })),
    /** Reads a `.midad` file; a damaged, tampered, newer or incomplete one is refused and kept aside. */
    import: method(z.object({ path: packagePath }), importResultSchema),
    /** The package as data, for a browser window to download; `fileName` is `<draftId>.midad`. */
    exportBase64: method(z.object({ id: draftIdSchema, includeConfidential }), z.object({ fileName: z.string().max(255), base64: z.string(), package: packageInfoSchema })),
    /** `import` for a file a browser window picked or had dropped on it; `name` is only shown. */
    importBase64: method(z.object({ name: z.string().min(1).max(255), base64: packageBase64 }), importResultSchema),
    /** The versions of a draft received from elsewhere that wait for a decision, oldest first. */
    conflicts: method(z.object({ id: draftIdSchema }), z.array(conflictSchema)),
    /**
     * Settles a conflict with a new revision recording both parents: the
     * version taken `whole`, with the `blocks` (stable block ids) chosen from
     * the other. The received version's history joins the draft's.
     */
    resolveConflict: method(
      z.object({
        id: draftIdSchema,
        revisionId: revisionIdSchema,
        whole: side,
        blocks: z.record(z.string().max(64), side).default({}),
      }),
      draftMetaSchema,
    ),
  },
  {},
);

/** How a package waiting in the desk folder relates to what this machine has. */
export const arrivalStates = ['new', 'update', 'conflict', 'unreadable'] as const;
export const deskArrivalSchema = z.object({
  /** The file's name in the desk folder. */
  file: z.string().max(255),
  state: z.enum(arrivalStates),
  /** Absent for an unreadable file. */
  package: packageInfoSchema.optional(),
});
export type DeskArrival = z.infer<typeof deskArrivalSchema>;

/** The desk folder as last seen: `off` when none is set, `unreachable` when it is gone for now (a USB stick, a VPN share). */
export const deskScanSchema = z.object({
  state: z.enum(['off', 'reachable', 'unreachable']),
  folder: z.string().max(4_096),
  arrivals: z.array(deskArrivalSchema),
  /** Drafts a hand-over step could not drop while the folder was away; the watcher sends them when it is back. */
  waiting: z.array(draftIdSchema).max(10_000),
});
export type DeskScan = z.infer<typeof deskScanSchema>;

export const deskService = service(
  {
    /** Drops the draft's package into the desk folder as `<draftId>.midad`. */
    send: method(z.object({ id: draftIdSchema, includeConfidential }), z.object({ path, package: packageInfoSchema })),
    /** Packages in the desk folder that bring something this machine does not have. */
    scan: method(z.object({}), deskScanSchema),
    /** Imports one package from the desk folder by its file name. */
    take: method(z.object({ file: z.string().min(1).max(255) }), importResultSchema),
  },
  {
    /** The desk folder's arrivals changed (or it appeared or disappeared): the latest scan. */
    onDidArrive: deskScanSchema,
  },
);
