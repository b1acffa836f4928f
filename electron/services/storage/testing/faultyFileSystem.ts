import type { FileSystem } from '../FileSystem';

export const operationKinds = [
  'open',
  'writeFile',
  'sync',
  'close',
  'rename',
  'unlink',
  'mkdir',
  'readdir',
  'readFile',
  'stat',
  'rm',
  'syncDir',
] as const;
export type OperationKind = (typeof operationKinds)[number];

export interface FaultPlan {
  kind: OperationKind;
  /** Fail the at-th operation of this kind (1-based), counted from the plan's creation. */
  at: number;
  code: 'EROFS' | 'ENOSPC' | 'EIO';
  /** Keep failing every later operation of this kind too, as a disk that stays full or read-only does. */
  persistent?: boolean;
}

export interface Operation {
  kind: OperationKind;
  path: string;
}

export interface FaultyFileSystem extends FileSystem {
  /** Every operation attempted, in order, including the one that failed. */
  readonly log: Operation[];
  /** Replaces the plan (or removes it) and restarts the counts. */
  setPlan(plan: FaultPlan | undefined): void;
}

function errnoError(code: string, kind: OperationKind, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected fault, ${kind} '${path}'`);
  error.code = code;
  error.path = path;
  return error;
}

/**
 * Wraps a real file system and fails with the planned errno at the N-th operation
 * of one kind, so a test can break each step of a save in turn. Also records
 * every operation, which tells a test how many steps a save has.
 */
export function faultyFileSystem(real: FileSystem, initialPlan?: FaultPlan): FaultyFileSystem {
  let plan = initialPlan;
  let counts = new Map<OperationKind, number>();
  const log: Operation[] = [];

  function check(kind: OperationKind, path: string): void {
    log.push({ kind, path });
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    if (plan && plan.kind === kind && (count === plan.at || (plan.persistent && count > plan.at))) {
      throw errnoError(plan.code, kind, path);
    }
  }

  async function run<T>(kind: OperationKind, path: string, action: () => Promise<T>): Promise<T> {
    check(kind, path);
    return action();
  }

  return {
    log,
    setPlan(next) {
      plan = next;
      counts = new Map();
    },
    async open(path, flags) {
      const handle = await run('open', path, () => real.open(path, flags));
      return {
        writeFile: (data) => run('writeFile', path, () => handle.writeFile(data)),
        sync: () => run('sync', path, () => handle.sync()),
        // A failed close still releases the descriptor on every OS, so release it here too.
        close: async () => {
          await handle.close();
          check('close', path);
        },
      };
    },
    rename: (from, to) => run('rename', to, () => real.rename(from, to)),
    unlink: (path) => run('unlink', path, () => real.unlink(path)),
    mkdir: (path, options) => run('mkdir', path, () => real.mkdir(path, options)),
    readdir: (path) => run('readdir', path, () => real.readdir(path)),
    readFile: (path) => run('readFile', path, () => real.readFile(path)),
    stat: (path) => run('stat', path, () => real.stat(path)),
    rm: (path, options) => run('rm', path, () => real.rm(path, options)),
    syncDir: (path) => run('syncDir', path, () => real.syncDir(path)),
  };
}
