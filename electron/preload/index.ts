import { contextBridge, ipcRenderer } from 'electron';
import { createMidadClient } from '../../shared/api/client';
import { createIpcTransport } from './ipcTransport';

// The page gets the typed, validating API client and nothing else: no ipcRenderer,
// no channel names of its own choosing, no Node.
contextBridge.exposeInMainWorld('midad', createMidadClient(createIpcTransport(ipcRenderer)));
