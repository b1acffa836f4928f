import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Settings } from '../../../shared/model/settings';
import { createServices, type Host, type Services } from '../createServices';
import { createMemorySettingsStore } from '../settings/SettingsStore';

/** A contract call by channel name, as a window or the CLI makes it. */
export type Call = <T>(channel: string, args: unknown) => Promise<T>;

/**
 * Calls through the dispatcher, so arguments are validated as for a real
 * caller; a refused call throws an Error whose message is the error code and
 * which carries the code and params, for `rejects.toMatchObject`.
 */
export function callerOf(services: Services, clientId: string): Call {
  return async <T>(channel: string, args: unknown): Promise<T> => {
    const reply = await services.dispatcher.call(channel, args, { clientId });
    if (!reply.ok) throw Object.assign(new Error(reply.error.code), reply.error);
    return reply.result as T;
  };
}

export interface TestServices {
  services: Services;
  dataDir: string;
  /** Calls as the window `window-1`. */
  call: Call;
}

/** The whole composition root on a fresh temporary data folder, with `settings` kept in memory. */
export async function startTestServices(name: string, settings: Partial<Settings>, host: Host = 'web'): Promise<TestServices> {
  const dataDir = mkdtempSync(join(tmpdir(), `midad-${name}-`));
  const services = await createServices({ dataDir, settingsStore: createMemorySettingsStore(settings), host, version: '0.0.0' });
  return { services, dataDir, call: callerOf(services, 'window-1') };
}
