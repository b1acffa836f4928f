import { createValueStore, type ValueStore } from '../../ui/valueStore';
import type { ProofreadingSession } from './proofreadingSession';

const stores = new Map<string, ValueStore<ProofreadingSession | null>>();

/**
 * The open article's proofreading session, shared by the plugin that runs it
 * and the findings panel that shows it; null while proofreading is off.
 */
export function sessionStore(draftId: string): ValueStore<ProofreadingSession | null> {
  let store = stores.get(draftId);
  if (!store) stores.set(draftId, (store = createValueStore<ProofreadingSession | null>(null)));
  return store;
}
