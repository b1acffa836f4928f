import { createValueStore } from '../../ui/valueStore';

/** "Compare this revision with the current text", asked from the revisions panel and answered by the compare panel. */
export interface CompareRequest {
  draftId: string;
  from: string;
}

export const compareRequest = createValueStore<CompareRequest | undefined>(undefined);
