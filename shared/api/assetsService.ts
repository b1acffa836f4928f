import { z } from 'zod';
import { method, service } from './contract';
import { draftIdSchema } from '../model/ids';

/** Largest picture a draft stores: a full-resolution press photo fits, a video does not. */
export const MAX_ASSET_BYTES = 25 * 1024 * 1024;

export const assetMimeTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const assetMimeSchema = z.enum(assetMimeTypes);
export type AssetMime = z.infer<typeof assetMimeSchema>;

/** An asset is named by the SHA-256 of its bytes: the same picture added twice is stored once. */
export const assetIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'asset id');

/**
 * Roomier than the base64 of the largest asset, so a picture a little too big
 * reaches the service and gets `asset_too_large` rather than a bare validation error.
 */
const base64Schema = z.string().max(2 * MAX_ASSET_BYTES);

export const assetSummarySchema = z.object({ assetId: assetIdSchema, mime: assetMimeSchema, size: z.number().int().nonnegative() });
export type AssetSummary = z.infer<typeof assetSummarySchema>;

/**
 * Pictures stored with a draft. Bytes travel as base64 on every transport (IPC,
 * HTTP, CLI), and the renderer makes blob URLs from them: no file URLs.
 * The type comes from the bytes, never from the name or the declared type.
 */
export const assetsService = service(
  {
    add: method(
      z.object({ draftId: draftIdSchema, name: z.string().max(500).default(''), mime: z.string().max(200).default(''), base64: base64Schema }),
      z.object({ assetId: assetIdSchema, mime: assetMimeSchema }),
    ),
    get: method(z.object({ draftId: draftIdSchema, assetId: assetIdSchema }), z.object({ mime: assetMimeSchema, base64: z.string() })),
    list: method(z.object({ draftId: draftIdSchema }), z.array(assetSummarySchema)),
  },
  {},
);
