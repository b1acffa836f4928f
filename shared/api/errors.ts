import { z } from 'zod';

/**
 * Every failure that crosses the API is one of these codes. The UI and the CLI
 * translate `errors.<code>` (see shared/i18n) with `params`; nothing shows a stack trace.
 */
export const errorCodes = [
  'invalid_request',
  'unknown_method',
  'not_found',
  'draft_locked',
  'revision_conflict',
  'storage_read_only',
  'storage_full',
  'storage_failed',
  'draft_corrupt',
  'draft_from_future',
  'payload_too_large',
  'asset_too_large',
  'asset_unsupported_type',
  'unauthorized',
  'target_not_found',
  'target_exists',
  'target_insecure_url',
  'target_password_required',
  'publish_blocked',
  'wp_auth_failed',
  'wp_forbidden',
  'wp_unreachable',
  'wp_timeout',
  'wp_site_unreachable',
  'wp_not_json',
  'wp_unknown_term',
  'wp_server_error',
  'wp_rejected',
  'wp_post_deleted',
  'publish_time_past',
  'job_not_retryable',
  'import_unsupported',
  'import_empty',
  'import_too_large',
  'import_malformed',
  'package_corrupt',
  'package_tampered',
  'package_from_future',
  'package_missing_images',
  'desk_not_set',
  'desk_unreachable',
  'transition_not_allowed',
  'confidential_editors_only',
  'unacknowledged_findings',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const midadErrorSchema = z.object({
  code: z.enum(errorCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Developer detail for logs; never shown instead of the translated message. */
  detail: z.string().optional(),
});

export type MidadErrorData = z.infer<typeof midadErrorSchema>;

const MESSAGE_PREFIX = 'midad-error:';

export class MidadError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, detail?: string) {
    // The message carries the data so the error survives Electron's contextBridge,
    // which copies only an Error's message across worlds (see `MidadError.revive`).
    super(MESSAGE_PREFIX + JSON.stringify({ code, params, detail }));
    this.name = 'MidadError';
    this.code = code;
    this.params = params;
    this.detail = detail;
  }

  readonly detail: string | undefined;

  toData(): MidadErrorData {
    return { code: this.code, params: this.params };
  }

  static fromData(data: MidadErrorData): MidadError {
    return new MidadError(data.code, data.params ?? {}, data.detail);
  }

  /** Recovers a typed error from anything a call rejected with, on any transport. */
  static revive(error: unknown): MidadError {
    if (error instanceof MidadError) return error;
    const message = error instanceof Error ? error.message : '';
    if (message.startsWith(MESSAGE_PREFIX)) {
      try {
        const parsed = midadErrorSchema.safeParse(JSON.parse(message.slice(MESSAGE_PREFIX.length)));
        if (parsed.success) return MidadError.fromData(parsed.data);
      } catch {
        // Not ours after all: fall through to a generic error.
      }
    }
    return new MidadError('internal', {}, message || String(error));
  }
}


export function isMidadError(value: unknown): value is MidadError {
  return value instanceof MidadError;
}

/** Turns anything thrown by a service into a typed error without leaking internals. */
export function toMidadError(error: unknown): MidadError {
  return MidadError.revive(error);
}
