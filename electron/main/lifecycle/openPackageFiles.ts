import type { DraftId } from '../../../shared/model/ids';

/** What opening `.midad` files needs from the app, behind functions so the unit tests run without Electron. */
export interface PackageOpener {
  /** `packages.import`: received, updated or kept beside as a conflict; throws when refused (and kept aside). */
  importPackage(path: string): Promise<{ draftId: DraftId }>;
  openDraft(id: DraftId): void;
  openLibrary(): void;
  /** A refused package: the library opens instead, where what was kept aside is shown. */
  refused(path: string, error: unknown): void;
}

/**
 * Opens the `.midad` files the system asked the app to open (double-click,
 * file association, a second launch): each is imported and its story opened;
 * one that is refused brings the library forward instead. No file at all
 * (a plain launch) opens the library. Files are taken one after another so
 * two packages of the same story never race.
 */
export async function openPackageFiles(files: readonly string[], opener: PackageOpener): Promise<void> {
  if (files.length === 0) {
    opener.openLibrary();
    return;
  }
  for (const file of files) {
    try {
      const { draftId } = await opener.importPackage(file);
      opener.openDraft(draftId);
    } catch (error) {
      opener.refused(file, error);
      opener.openLibrary();
    }
  }
}
