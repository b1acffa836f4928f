import { z } from 'zod';
import { method, service } from './contract';
import { mediaTagSchema } from '../model/article';
import { draftIdSchema } from '../model/ids';

/** Target names are file keys and CLI arguments: a small safe alphabet. */
export const targetNameSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i, 'target name');

/** How one article flag reaches the site: a category, a tag, and/or words around the headline. */
export const flagMappingSchema = z.object({
  category: z.number().int().positive().optional(),
  tag: z.number().int().positive().optional(),
  prefix: z.string().max(100).default(''),
  suffix: z.string().max(100).default(''),
});
export type FlagMapping = z.infer<typeof flagMappingSchema>;

export const targetMappingsSchema = z.object({
  breaking: flagMappingSchema.optional(),
  mediaTags: z.partialRecord(mediaTagSchema, flagMappingSchema).default({}),
  /** Byline author (as typed in Midad) → the site's user id. */
  authors: z.record(z.string().max(200), z.number().int().positive()).default({}),
  /** Midad section → the site's category id. */
  sections: z.record(z.string().max(200), z.number().int().positive()).default({}),
});
export type TargetMappings = z.infer<typeof targetMappingsSchema>;

/** A publishing target as stored and listed; the password is never part of it. */
export const targetSchema = z.object({
  name: targetNameSchema,
  type: z.literal('wordpress'),
  url: z.url({ protocol: /^https?$/ }).max(2_000),
  user: z.string().min(1).max(200),
  mappings: targetMappingsSchema.default({ mediaTags: {}, authors: {}, sections: {} }),
  /** Which kinds of secret store hold its password (the desktop keychain, the Node hosts' file). */
  passwordIn: z.array(z.enum(['keychain', 'file'])).default([]),
  /** `query` when the site has no pretty permalinks and answers on `?rest_route=` only. */
  restStyle: z.enum(['pretty', 'query']).default('pretty'),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Target = z.infer<typeof targetSchema>;

export const siteTermSchema = z.object({ id: z.number().int(), name: z.string().max(500), slug: z.string().max(500) });
export type SiteTerm = z.infer<typeof siteTermSchema>;

/** The site's categories and tags, names as the site shows them. */
export const siteTermsSchema = z.object({ categories: z.array(siteTermSchema), tags: z.array(siteTermSchema) });
export type SiteTerms = z.infer<typeof siteTermsSchema>;

export const connectionReportSchema = siteTermsSchema.extend({
  user: z.string().max(500),
  canPublish: z.boolean(),
  canUpload: z.boolean(),
});
export type ConnectionReport = z.infer<typeof connectionReportSchema>;

export const publishStatuses = ['draft', 'pending', 'future', 'publish'] as const;
export const publishStatusSchema = z.enum(publishStatuses);
export type PublishStatus = z.infer<typeof publishStatusSchema>;

/** What a publish job sends, chosen by the editor; editable while the job has not succeeded. */
export const publishOptionsSchema = z.object({
  status: publishStatusSchema.default('draft'),
  /** For `future`: when the site publishes it (any offset; sent to WordPress in UTC). */
  at: z.iso.datetime({ offset: true }).optional(),
  /** A correction note appended to the published story. */
  correction: z.string().max(2_000).optional(),
  /** Set when the editor published past checklist blockers: why, and which ones (kept with the job). */
  override: z.object({ reason: z.string().min(1).max(2_000), blockers: z.array(z.string().max(100)).max(50).default([]) }).optional(),
});
export type PublishOptions = z.infer<typeof publishOptionsSchema>;

/** Where a draft was published: per target, the remote post and the images already uploaded. */
export const publicationSchema = z.object({
  target: targetNameSchema,
  postId: z.number().int().positive(),
  link: z.string().max(2_000).default(''),
  status: z.string().max(50),
  /** assetId → the uploaded media, so an update never uploads an image twice. */
  media: z.record(z.string(), z.object({ id: z.number().int().positive(), url: z.string().max(2_000) })).default({}),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Publication = z.infer<typeof publicationSchema>;

export const exportFormats = ['html', 'ninjs', 'gutenberg', 'text', 'docx'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** One pre-publish check that failed: `publishing:checklist.<key>` with its params. */
export const checklistItemSchema = z.object({
  key: z.string().max(100),
  severity: z.enum(['blocker', 'warning']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const byName = z.object({ name: targetNameSchema });

export const publishingService = service(
  {
    listTargets: method(z.object({}), z.array(targetSchema)),
    addTarget: method(
      z.object({
        name: targetNameSchema,
        type: z.literal('wordpress'),
        url: z.url({ protocol: /^https?$/ }).max(2_000),
        user: z.string().min(1).max(200),
        password: z.string().min(1).max(500),
        mappings: targetMappingsSchema.optional(),
      }),
      targetSchema,
    ),
    setMappings: method(z.object({ name: targetNameSchema, mappings: targetMappingsSchema }), targetSchema),
    /** Saves the password in this host's secret store (asked again in another host). */
    setPassword: method(z.object({ name: targetNameSchema, password: z.string().min(1).max(500) }), targetSchema),
    removeTarget: method(byName, z.object({ ok: z.literal(true) })),
    /** Checks `/wp/v2/users/me` and the user's capabilities, and reads categories and tags. */
    testTarget: method(byName, connectionReportSchema),
    /** The site's categories and tags by name, every page of them, for picking the mappings. */
    siteTerms: method(byName, siteTermsSchema),
    /** Queues a publish (or an update of the post already made for this draft) in the outbox. */
    publish: method(
      z.object({
        draftId: draftIdSchema,
        target: targetNameSchema,
        options: publishOptionsSchema.default({ status: 'draft' }),
        /** Publish despite checklist blockers; the reason is recorded in the job. */
        override: z.object({ reason: z.string().trim().min(1).max(2_000) }).optional(),
        /** The post made before was deleted on the site: forget it and create a new one. */
        asNew: z.boolean().optional(),
      }),
      z.object({ jobId: z.string().max(100) }),
    ),
    /** The pre-publish checklist for a draft and the options it would be sent with. */
    checklist: method(
      z.object({ draftId: draftIdSchema, options: publishOptionsSchema.default({ status: 'draft' }) }),
      z.array(checklistItemSchema),
    ),
    /** The draft as a file (`base64` of its bytes), for the UI to download. */
    export: method(
      z.object({ id: draftIdSchema, format: exportFormatSchema }),
      z.object({ name: z.string().max(300), mime: z.string().max(100), base64: z.string() }),
    ),
    /** Puts the post back to draft on the site. */
    unpublish: method(z.object({ draftId: draftIdSchema, target: targetNameSchema }), z.object({ jobId: z.string().max(100) })),
    publications: method(z.object({ draftId: draftIdSchema }), z.array(publicationSchema)),
    /** Brings the site's pending and draft posts in as Midad drafts; a later publish updates the same post. */
    pull: method(z.object({ target: targetNameSchema }), z.array(z.object({ draftId: draftIdSchema, postId: z.number().int().positive() }))),
  },
  {},
);
