import { beforeEach, describe, expect, it, vi } from 'vitest';
import { midadContract } from '../../shared/api/midad';
import { CALL_CHANNEL } from '../main/ipc/channels';

const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];

// Electron cannot load here: the preload runs against a stand-in for its two modules.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, result: { host: 'electron', version: '0.1.0', dataDir: '/d' } };
    },
    on: () => undefined,
    send: () => {
      throw new Error('the preload must not use ipcRenderer.send');
    },
  },
}));

describe('the preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('./index');
  });

  it('exposes window.midad and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['midad']);
  });

  it('exposes exactly the contract: its services, their methods and events, all functions', () => {
    const midad = exposed.get('midad') as Record<string, Record<string, unknown>>;
    expect(Object.keys(midad).sort()).toEqual(Object.keys(midadContract).sort());
    for (const [name, spec] of Object.entries(midadContract)) {
      const members = [...Object.keys(spec.methods), ...Object.keys(spec.events)].sort();
      expect(Object.keys(midad[name]!).sort(), name).toEqual(members);
      for (const member of members) expect(typeof midad[name]![member]).toBe('function');
    }
    expect(JSON.stringify(Object.keys(midad))).not.toMatch(/ipc|invoke|send|require/i);
  });

  it('calls through the single call channel', async () => {
    const midad = exposed.get('midad') as { app: { info(args: object): Promise<unknown> } };
    await midad.app.info({});
    expect(invoked.at(-1)).toEqual([CALL_CHANNEL, 'app.info', {}]);
  });
});
