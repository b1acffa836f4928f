import { z } from 'zod';
import { assetsService } from './assetsService';
import { compareService } from './compareService';
import { method, service, type ServiceClient } from './contract';
import { proofreadingService } from './proofreadingService';
import { outboxService } from './outboxService';
import { deskService, packagesService } from './packagesService';
import { publishingService } from './publishingService';
import { reviewService } from './reviewService';
import { articleFieldsSchema } from '../model/article';
import { documentSchema } from '../model/document';
import {
  draftMetaSchema,
  draftSchema,
  draftStatusSchema,
  quarantinedDraftSchema,
  revisionSchema,
  revisionSummarySchema,
  trashedDraftSchema,
} from '../model/draft';
import { draftIdSchema, revisionIdSchema } from '../model/ids';
import { articleLanguageSchema } from '../model/language';
import { settingKeySchema, settingsNoticeSchema, settingsSchema } from '../model/settings';
import { importService } from './importService';
import { sourcesService } from './sourcesService';
import { sourceSchema } from '../model/source';
import { commentThreadsSchema } from '../model/comment';

const byId = z.object({ id: draftIdSchema });

export const draftsService = service(
  {
    list: method(
      z.object({
        status: draftStatusSchema.optional(),
        language: articleLanguageSchema.optional(),
        sort: z.enum(['updated', 'created', 'headline', 'words']).default('updated'),
      }),
      z.array(draftMetaSchema),
    ),
    /** Importers pass a whole `document` with its `fields` and `sources`; otherwise a new empty article. */
    create: method(
      z.object({
        language: articleLanguageSchema.optional(),
        headline: z.string().max(2_000).optional(),
        document: documentSchema.optional(),
        /** Missing authors default to the user's byline. */
        fields: articleFieldsSchema.optional(),
        sources: z.array(sourceSchema).max(1_000).optional(),
        comments: commentThreadsSchema.optional(),
      }),
      draftSchema,
    ),
    /**
     * Opens a draft for editing by the calling window. When another window or app
     * instance holds it, the result is read-only unless `takeOver` is set.
     */
    open: method(
      z.object({ id: draftIdSchema, takeOver: z.boolean().default(false) }),
      z.object({
        draft: draftSchema,
        readOnly: z.boolean(),
        heldBy: z.string().max(500).optional(),
      }),
    ),
    close: method(byId, z.object({ ok: z.literal(true) })),
    save: method(
      z.object({
        id: draftIdSchema,
        /** The revision the caller's text is based on; a newer one on disk is a conflict. */
        baseRevisionId: revisionIdSchema,
        document: documentSchema,
        kind: z.enum(['autosave', 'checkpoint']),
        /** Absent: the stored fields are kept. */
        fields: articleFieldsSchema.optional(),
        /** Absent: the stored sources are kept. */
        sources: z.array(sourceSchema).max(1_000).optional(),
        /** Absent: the stored comment threads are kept. */
        comments: commentThreadsSchema.optional(),
      }),
      draftMetaSchema,
    ),
    delete: method(byId, z.object({ ok: z.literal(true) })),
    trash: method(z.object({}), z.array(trashedDraftSchema)),
    restoreFromTrash: method(byId, draftMetaSchema),
    emptyTrash: method(z.object({}), z.object({ removed: z.number().int().nonnegative() })),
    revisions: method(byId, z.array(revisionSummarySchema)),
    revision: method(z.object({ id: draftIdSchema, revisionId: revisionIdSchema }), revisionSchema),
    restoreRevision: method(z.object({ id: draftIdSchema, revisionId: revisionIdSchema }), draftSchema),
    /** Drafts that could not be read and were moved aside on this start. */
    quarantined: method(z.object({}), z.array(quarantinedDraftSchema)),
  },
  {
    onDidChange: z.object({ ids: z.array(draftIdSchema).max(10_000) }),
  },
);

/** Ranges are UTF-16 offsets into the text they belong to, for highlighting. */
const highlightSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const searchHitSchema = z.object({
  id: draftIdSchema,
  score: z.number(),
  headline: z.string().max(2_000),
  headlineHighlights: z.array(highlightSchema),
  snippet: z.string().max(2_000),
  snippetHighlights: z.array(highlightSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const libraryService = service(
  {
    search: method(
      z.object({ query: z.string().max(1_000), limit: z.number().int().min(1).max(500).default(50) }),
      z.array(searchHitSchema),
    ),
  },
  {},
);

export const settingsService = service(
  {
    get: method(z.object({}), settingsSchema),
    set: method(z.object({ key: settingKeySchema, value: z.unknown() }), settingsSchema),
    /** Notices such as "your settings file was corrupt and was reset"; reading clears them. */
    takeNotices: method(z.object({}), z.array(settingsNoticeSchema)),
  },
  {
    onDidChange: settingsSchema,
  },
);

export const appService = service(
  {
    info: method(
      z.object({}),
      z.object({
        host: z.enum(['electron', 'web', 'cli']),
        version: z.string().max(100),
        dataDir: z.string().max(4_096),
      }),
    ),
  },
  {},
);

/** Commands from the native menu (Electron) that the focused window carries out. */
export const windowCommands = [
  'new-draft',
  'save-checkpoint',
  'close',
  'find',
  'open-library',
  'open-settings',
] as const;

export const windowsService = service(
  {
    /**
     * Asks the host to show a draft in its own editor window. The desktop app
     * opens or focuses one and answers `opened: true`; the web host answers
     * `opened: false` and the page navigates itself.
     */
    openDraft: method(z.object({ id: draftIdSchema }), z.object({ opened: z.boolean() })),
    openLibrary: method(z.object({}), z.object({ opened: z.boolean() })),
  },
  {
    onDidRequestCommand: z.object({ command: z.enum(windowCommands) }),
  },
);

/** The whole contract: what `window.midad` is, on either transport. */
export const midadContract = {
  app: appService,
  assets: assetsService,
  compare: compareService,
  desk: deskService,
  drafts: draftsService,
  import: importService,
  library: libraryService,
  outbox: outboxService,
  packages: packagesService,
  proofreading: proofreadingService,
  publishing: publishingService,
  review: reviewService,
  settings: settingsService,
  sources: sourcesService,
  windows: windowsService,
} as const;

export type MidadContract = typeof midadContract;
export type MidadApi = { [S in keyof MidadContract]: ServiceClient<MidadContract[S]> };
