/** The draft file format this code writes. Raise it together with a new migration. */
export const CURRENT_SCHEMA_VERSION = 1;

/** Turns the raw JSON of a version-n draft file into version n+1. */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * `draftMigrations.get(n)` upgrades version n to n+1. Version 1 is the first
 * released format, so there is nothing to upgrade yet; the next format change
 * adds one entry here and a fixture of the old version under fixtures/.
 */
export const draftMigrations: ReadonlyMap<number, Migration> = new Map();

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
