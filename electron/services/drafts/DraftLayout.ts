import { join, resolve, sep } from 'node:path';
import { MidadError } from '../../../shared/api/errors';
import { draftIdSchema, revisionIdSchema } from '../../../shared/model/ids';

export const DRAFT_FILE = 'draft.json';
export const LOCK_FILE = 'lock.json';
/** In a trashed draft's folder: when it was deleted and the metadata the trash lists. */
export const DELETED_FILE = 'deleted.json';
/** In a quarantined folder: why it was moved aside. */
export const REASON_FILE = 'reason.json';
export const REVISIONS_DIR = 'revisions';
export const ASSETS_DIR = 'assets';

/** A draft or instance folder name: the id alphabet, so no dot, slash or separator. */
function checkName(name: string, schema: typeof draftIdSchema): string {
  if (!schema.safeParse(name).success) throw new MidadError('invalid_request', {}, `unsafe name ${JSON.stringify(name).slice(0, 80)}`);
  return name;
}

/**
 * Where everything lives under the data folder. Every path built from an id is
 * checked twice: the id against its schema, and the resolved path against the
 * data folder, so a bad id cannot reach the file system even if a caller forgot
 * to validate it.
 */
export class DraftLayout {
  readonly root: string;
  readonly drafts: string;
  readonly trash: string;
  readonly quarantine: string;
  readonly instances: string;

  constructor(dataDir: string) {
    this.root = resolve(dataDir);
    this.drafts = join(this.root, 'drafts');
    this.trash = join(this.root, 'trash');
    this.quarantine = join(this.root, 'quarantine');
    this.instances = join(this.root, 'instances');
  }

  draftDir(id: string): string {
    return this.inside(this.drafts, checkName(id, draftIdSchema));
  }

  draftFile(id: string): string {
    return join(this.draftDir(id), DRAFT_FILE);
  }

  lockFile(id: string): string {
    return join(this.draftDir(id), LOCK_FILE);
  }

  revisionsDir(id: string): string {
    return join(this.draftDir(id), REVISIONS_DIR);
  }

  revisionFile(id: string, revisionId: string): string {
    return join(this.revisionsDir(id), `${checkName(revisionId, revisionIdSchema)}.json`);
  }

  assetsDir(id: string): string {
    return join(this.draftDir(id), ASSETS_DIR);
  }

  trashedDir(id: string): string {
    return this.inside(this.trash, checkName(id, draftIdSchema));
  }

  quarantineDir(name: string): string {
    return this.inside(this.quarantine, checkName(name, draftIdSchema));
  }

  instanceFile(instanceId: string): string {
    return this.inside(this.instances, `${checkName(instanceId, draftIdSchema)}.json`);
  }

  private inside(parent: string, name: string): string {
    const path = resolve(parent, name);
    if (!path.startsWith(parent + sep)) throw new MidadError('invalid_request', {}, 'path outside the data folder');
    return path;
  }
}
