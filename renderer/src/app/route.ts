import { useSyncExternalStore } from 'react';
import { draftIdSchema } from '../../../shared/model/ids';

export type Route = { name: 'library' } | { name: 'sources' } | { name: 'draft'; id: string };

export const SOURCES_HASH = '#/sources';

export function parseRoute(hash: string): Route {
  if (hash === SOURCES_HASH) return { name: 'sources' };
  const match = /^#\/draft\/([^/?#]+)$/.exec(hash);
  const id = match?.[1] ? decodeURIComponent(match[1]) : '';
  return draftIdSchema.safeParse(id).success ? { name: 'draft', id } : { name: 'library' };
}

export function draftHash(id: string): string {
  return `#/draft/${encodeURIComponent(id)}`;
}

export function navigate(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => location.hash);
}
