import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { ServiceImplementation, Unsubscribe } from '../../shared/api/contract';
import { channelName } from '../../shared/api/contract';
import { createDispatcher, type Dispatcher, type Implementations } from '../../shared/api/dispatcher';
import {
  midadContract,
  type appService,
  type MidadContract,
  type windowCommands,
  type windowsService,
} from '../../shared/api/midad';
import type { SettingsNotice } from '../../shared/model/settings';
import { AssetsService } from './assets/AssetsService';
import { CompareService } from './compare/CompareService';
import { DraftsService } from './drafts/DraftsService';
import { createEmitter } from './events';
import { LibraryIndex } from './library/LibraryIndex';
import { LibraryService } from './library/LibraryService';
import { DeskService } from './packages/DeskService';
import { PackagesService } from './packages/PackagesService';
import { SettingsService } from './settings/SettingsService';
import { ImportService } from './import/ImportService';
import { SourcesService } from './sources/SourcesService';
import { draftReader } from './sources/draftReader';
import { draftAssetReader } from './publishing/assets';
import { createDraftSource } from './publishing/draftSource';
import { PublishingService } from './publishing/PublishingService';
import { ReviewService } from './review/ReviewService';
import { createProofreadingService } from './proofreading/createProofreadingService';
import { createFileSecretStore } from './secrets/fileSecretStore';
import type { SecretStore } from './secrets/SecretStore';
import type { SettingsStore } from './settings/SettingsStore';

export type Host = 'electron' | 'web' | 'cli';

/** The host's windows; the Electron main process supplies one that opens real windows. */
export type WindowsImplementation = ServiceImplementation<typeof windowsService> & {
  /** Menu commands for the renderer; only the desktop app has a native menu. */
  onDidRequestCommand?(listener: (payload: { command: (typeof windowCommands)[number] }) => void): Unsubscribe;
};

export interface ServicesOptions {
  dataDir: string;
  /** Hunspell dictionaries; defaults to the repository's resources/dictionaries. */
  dictionariesDir?: string;
  settingsStore: SettingsStore;
  /** What opening the settings file reported (a corrupt file reset, …). */
  settingsNotices?: SettingsNotice[];
  host: Host;
  version: string;
  windows?: WindowsImplementation;
  /** The desktop app's keychain; the Node hosts default to a file only the user can read. */
  secrets?: SecretStore;
}

/** How often the app and the web host look at the desk folder (fs.watch is blind on network shares). */
const DESK_POLL_MS = 10_000;

export type EventListener = (channel: string, payload: unknown) => void;

export interface Services {
  implementations: Implementations<MidadContract>;
  /** The one entry every transport (IPC, HTTP, the CLI) calls through. */
  dispatcher: Dispatcher;
  /** Every service event as `service.onDidX`; hosts validate with `dispatcher.checkEvent` before sending. */
  onEvent(listener: EventListener): Unsubscribe;
  settings: SettingsService;
  drafts: DraftsService;
  publishing: PublishingService;
  stop(): Promise<void>;
}

/** The folder of the persisted search index, beside the drafts it indexes. */
export function libraryIndexDir(dataDir: string): string {
  return join(dataDir, 'index');
}

/** Outside the desktop app there are no windows to open: the page navigates itself. */
const windowlessHost: WindowsImplementation = {
  openDraft: async () => ({ opened: false }),
  openLibrary: async () => ({ opened: false }),
};

/**
 * The composition root shared by the three hosts: every service is built here
 * once, from the data folder and the host's settings store, so the desktop
 * app, the web host and the CLI run the very same code and validation.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const { dataDir, settingsStore, host, version, windows = windowlessHost } = options;
  const events = createEmitter<{ channel: string; payload: unknown }>();
  const emit = (service: keyof MidadContract, event: string, payload: unknown) =>
    events.emit({ channel: channelName(service, event), payload });

  const settings = new SettingsService({ store: settingsStore, notices: options.settingsNotices });
  const index = await LibraryIndex.open({ dir: libraryIndexDir(dataDir) });
  const drafts = new DraftsService({
    dataDir,
    index,
    // Tells app instances and the CLI apart in draft locks ("open in another window").
    instanceId: `${host}-${process.pid}-${randomBytes(4).toString('hex')}`,
    author: () => {
      const { userName, byline } = settings.current();
      return userName || byline;
    },
    byline: () => {
      const { userName, byline } = settings.current();
      return byline || userName;
    },
    defaultLanguage: () => settings.current().houseStyle.defaultLanguage,
    onDidChange: (ids) => emit('drafts', 'onDidChange', { ids }),
  });
  await drafts.start();

  const packages = new PackagesService({
    dataDir,
    drafts,
    readBytes: (path) => readFile(path),
    appVersion: version,
    sender: () => ({ name: settings.current().userName || settings.current().byline, machine: hostname() }),
    role: () => settings.current().role,
  });
  await packages.start();
  const desk = new DeskService({
    packages,
    folder: () => settings.current().deskFolder,
    pendingFile: join(dataDir, 'packages', 'desk-pending.json'),
    readBytes: (path) => readFile(path),
    onDidArrive: (scan) => emit('desk', 'onDidArrive', scan),
  });
  // The CLI runs one command and exits; the app and the web host keep watching.
  if (host !== 'cli') desk.watch(DESK_POLL_MS);

  const publishing = new PublishingService({
    dataDir,
    secrets: options.secrets ?? createFileSecretStore(dataDir),
    drafts: createDraftSource(drafts),
    assets: draftAssetReader(dataDir),
    houseStyle: () => settings.current().houseStyle,
    // Built below with the other services; called only when an editor publishes.
    proofread: async (id) => (await implementations.proofreading.checkDraft({ id }, { clientId: 'publishing' })).findings,
    onOutboxChange: (jobs) => emit('outbox', 'onDidChange', { jobs }),
  });
  await publishing.start();
  index.onDamaged(() => void drafts.reindexAll());

  const sources = new SourcesService({
    dataDir,
    drafts: draftReader(drafts),
    role: () => settings.current().role,
    onDidChange: (ids) => emit('sources', 'onDidChange', { ids }),
  });
  await sources.start();

  const unsubscribers = [
    settings.onDidChange((value) => emit('settings', 'onDidChange', value)),
    // The quote index is derived data: a failed refresh is redone at the next start's reconcile.
    events.on(({ channel, payload }) => {
      if (channel === channelName('drafts', 'onDidChange')) void sources.draftsChanged((payload as { ids: string[] }).ids).catch(() => undefined);
    }),
  ];
  if (windows.onDidRequestCommand) {
    unsubscribers.push(windows.onDidRequestCommand((payload) => emit('windows', 'onDidRequestCommand', payload)));
  }

  const app: ServiceImplementation<typeof appService> = {
    info: async () => ({ host, version, dataDir }),
  };
  const implementations: Implementations<MidadContract> = {
    app,
    assets: new AssetsService({ dataDir, readBytes: (path) => readFile(path) }),
    compare: new CompareService(drafts),
    desk,
    drafts,
    import: new ImportService({
      createDraft: (args) => drafts.create(args),
      sources,
      timeZone: () => settings.current().houseStyle.timeZone,
    }),
    library: new LibraryService(index),
    outbox: publishing.outboxImplementation(),
    packages,
    proofreading: createProofreadingService({ dataDir, drafts, sources, settings, dictionariesDir: options.dictionariesDir }),
    publishing,
    review: new ReviewService({
      drafts,
      role: () => settings.current().role,
      user: () => settings.current().userName || settings.current().byline,
      machine: hostname,
      afterTransition: (meta) => desk.afterTransition(meta),
      proofread: async (id) => (await implementations.proofreading.checkDraft({ id }, { clientId: 'review' })).findings,
    }),
    settings,
    sources,
    windows,
  };

  let stopped: Promise<void> | undefined;
  return {
    implementations,
    dispatcher: createDispatcher(midadContract, implementations),
    onEvent: (listener) => events.on(({ channel, payload }) => listener(channel, payload)),
    settings,
    drafts,
    publishing,
    stop: () => {
      stopped ??= (async () => {
        for (const unsubscribe of unsubscribers) unsubscribe();
        desk.unwatch();
        await publishing.stop();
        await drafts.stop();
      })();
      return stopped;
    },
  };
}
