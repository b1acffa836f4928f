import type { MidadApi } from '../../../shared/api/midad';

declare global {
  interface Window {
    /** Set by the Electron preload; in browser mode `bootstrapMidad` creates it. */
    midad?: MidadApi;
  }
}

export {};
