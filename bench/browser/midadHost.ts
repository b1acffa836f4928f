import { rm } from 'node:fs/promises';
import { createNodeServices } from '../../electron/services/createNodeServices';
import { startWebHost } from '../../electron/web/startWebHost';
import type { Services } from '../../electron/services/createServices';
import type { ArticleDocument } from '../../shared/model/document';
import type { SettingKey } from '../../shared/model/settings';
import { temporaryDir } from './builds';

export interface MidadHost {
  /** `http://127.0.0.1:PORT/` */
  origin: string;
  token: string;
  /** The renderer build the host serves. */
  staticDir: string;
  /** A new draft holding `document`, saved through the drafts service and left unlocked. */
  createDraft(document: ArticleDocument): Promise<string>;
  /** Changes a setting as the settings window would; tabs opened afterwards start with it. */
  setSetting(key: SettingKey, value: unknown): Promise<void>;
  close(): Promise<void>;
}

const SETUP_CLIENT = { clientId: 'bench-setup' };

async function call<T>(services: Services, channel: string, args: unknown): Promise<T> {
  const reply = await services.dispatcher.call(channel, args, SETUP_CLIENT);
  if (!reply.ok) throw new Error(`${channel}: ${JSON.stringify(reply.error)}`);
  return reply.result as T;
}

/**
 * The web host of `npm run web` (same services, same static server) on a free
 * port over a fresh data folder, run in this process so the bench can create
 * drafts through the very dispatcher the page calls.
 */
export async function startMidadHost(staticDir: string): Promise<MidadHost> {
  const dataDir = temporaryDir('midad-bench-data-');
  const services = await createNodeServices(dataDir, 'web');
  const host = await startWebHost({ services, staticDir, port: 0 });
  return {
    origin: host.url,
    token: host.token,
    staticDir,
    async createDraft(document) {
      const { meta } = await call<{ meta: { id: string; revisionId: string } }>(services, 'drafts.create', { language: 'ar' });
      await call(services, 'drafts.open', { id: meta.id });
      await call(services, 'drafts.save', { id: meta.id, baseRevisionId: meta.revisionId, document, kind: 'checkpoint' });
      await call(services, 'drafts.close', { id: meta.id });
      return meta.id;
    },
    async setSetting(key, value) {
      await call(services, 'settings.set', { key, value });
    },
    async close() {
      await host.close();
      await services.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
