import './midadGlobal';
import { createMidadClient } from '../../../shared/api/client';
import type { MidadApi } from '../../../shared/api/midad';
import { createWebTransport } from './webTransport';

/**
 * The only place that knows there are two hosts: the Electron preload sets
 * `window.midad`; in a browser the page builds it over the web transport.
 */
export function bootstrapMidad(): MidadApi {
  if (!window.midad) window.midad = createMidadClient(createWebTransport());
  return window.midad;
}
