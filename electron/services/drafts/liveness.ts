import { hostname } from 'node:os';
import { z } from 'zod';

/** Locks and instance markers not refreshed for this long belong to a process that is gone. */
export const STALE_AFTER_MS = 2 * 60_000;
/** How often a running instance refreshes its marker and its locks. */
export const HEARTBEAT_MS = 30_000;

/** Who holds something: enough to tell whether that process still runs. */
export const ownerSchema = z.object({
  instanceId: z.string().max(64),
  pid: z.number().int(),
  host: z.string().max(255),
  heartbeatAt: z.iso.datetime({ offset: true }),
});
export type Owner = z.infer<typeof ownerSchema>;

/** Drafts services running in this process, so one process can host several (tests, the CLI). */
const runningHere = new Set<string>();

export function markRunning(instanceId: string, running: boolean): void {
  if (running) runningHere.add(instanceId);
  else runningHere.delete(instanceId);
}

export function thisHost(): string {
  return hostname();
}

/** Whether a process with this pid runs on this machine (signal 0 checks without sending anything). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the owner still runs. A stale heartbeat means no, on any host; on this
 * host a dead pid (or, in this very process, a stopped service) also means no.
 * Another host's pid cannot be checked, so there the heartbeat decides alone.
 */
export function isAlive(owner: Owner, now: Date): boolean {
  if (now.getTime() - Date.parse(owner.heartbeatAt) > STALE_AFTER_MS) return false;
  if (owner.host !== thisHost()) return true;
  if (owner.pid === process.pid) return runningHere.has(owner.instanceId);
  return processExists(owner.pid);
}
