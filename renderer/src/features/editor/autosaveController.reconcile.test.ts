import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MidadError } from '../../../../shared/api/errors';
import { createDocument } from '../../../../shared/editor/documentText';
import type { DraftMeta } from '../../../../shared/model/draft';
import { AutosaveController, type StoredRevision } from './autosaveController';

/** A fake store that refuses saves based on anything but its current revision, as DraftsService does. */
function harness(reload?: (revisionId: string) => void) {
  let text = 'أ';
  const store = { revisionId: 'rev-1', text: 'أ', revisions: new Map([['rev-1', 'أ']]) };
  let next = 1;
  const commit = (newText: string) => {
    store.revisionId = `rev-${++next}`;
    store.text = newText;
    store.revisions.set(store.revisionId, newText);
    return { revisionId: store.revisionId } as DraftMeta;
  };
  const saves: string[] = [];
  const controller = new AutosaveController({
    baseRevisionId: 'rev-1',
    debounceMs: 100,
    snapshot: () => createDocument('ar', text),
    save: async ({ baseRevisionId, document }) => {
      const saved = document.root.children[0]!.children![0]!.text as string;
      if (baseRevisionId !== store.revisionId) throw new MidadError('revision_conflict', { id: 'd' });
      saves.push(saved);
      return commit(saved);
    },
    stored: async (base): Promise<StoredRevision> => ({
      revisionId: store.revisionId,
      sameText: store.revisions.get(base) === store.text,
    }),
    ...(reload ? { reload } : {}),
  });
  const type = (value: string) => {
    text = value;
    controller.markChanged();
  };
  return { controller, store, commit, saves, type };
}

describe('AutosaveController.reconcile', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('adopts a status revision made elsewhere and keeps saving on it', async () => {
    const { controller, store, commit, saves, type } = harness();
    type('أب');
    await vi.advanceTimersByTimeAsync(150);
    expect(saves).toEqual(['أب']);
    commit(store.text); // a review step elsewhere: same text, new revision
    await controller.reconcile();
    type('أبت');
    await vi.advanceTimersByTimeAsync(150);
    expect(saves).toEqual(['أب', 'أبت']);
    expect(controller.getStatus()).toEqual({ state: 'saved' });
  });

  it('recovers a save that already failed on the old revision once the new one is adopted', async () => {
    const { controller, store, commit, saves, type } = harness();
    commit(store.text);
    type('أب');
    await vi.advanceTimersByTimeAsync(150);
    expect(controller.getStatus().state).toBe('failed');
    await controller.reconcile();
    await vi.advanceTimersByTimeAsync(0);
    expect(saves).toEqual(['أب']);
    expect(controller.getStatus()).toEqual({ state: 'saved' });
  });

  it('stops in the conflict state, overwriting nothing, when the stored text really changed', async () => {
    const { controller, store, commit, saves, type } = harness();
    commit('نص آخر');
    await controller.reconcile();
    expect(controller.getStatus()).toEqual({ state: 'conflict' });
    type('أب');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves).toEqual([]);
    expect(store.text).toBe('نص آخر');
    expect(controller.getStatus()).toEqual({ state: 'conflict' });
  });

  it('shows the text changed elsewhere when nothing here is unsaved', async () => {
    const reload = vi.fn();
    const { controller, commit, saves, type } = harness(reload);
    const changed = commit('نص آخر');
    await controller.reconcile();
    expect(reload).toHaveBeenCalledWith(changed.revisionId);
    type('أب'); // a stopped controller saves nothing more: the reloaded session takes over
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves).toEqual([]);
  });

  it('keeps unsaved typing and stops in the conflict state even when it could reload', async () => {
    const reload = vi.fn();
    const { controller, store, commit, saves, type } = harness(reload);
    type('أب');
    commit('نص آخر');
    await controller.reconcile();
    expect(reload).not.toHaveBeenCalled();
    expect(controller.getStatus()).toEqual({ state: 'conflict' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves).toEqual([]);
    expect(store.text).toBe('نص آخر');
  });

  it('does not mistake its own save for a change made elsewhere', async () => {
    const { controller, saves, type } = harness();
    type('أب');
    const pending = controller.flush();
    const reconciled = controller.reconcile(); // the change event of our own save
    await Promise.all([pending, reconciled]);
    expect(saves).toEqual(['أب']);
    expect(controller.getStatus()).toEqual({ state: 'saved' });
  });

  it('runs a review step between saves and bases the next save on its revision', async () => {
    const { controller, store, commit, saves, type } = harness();
    type('أب');
    const meta = await controller.between(async () => commit(store.text));
    expect(saves).toEqual(['أب']); // pending text was saved first
    expect(meta.revisionId).toBe(store.revisionId);
    type('أبت');
    await vi.advanceTimersByTimeAsync(150);
    expect(saves).toEqual(['أب', 'أبت']);
  });

  it('keeps saving after a refused step', async () => {
    const { controller, saves, type } = harness();
    await expect(controller.between(() => Promise.reject(new MidadError('transition_not_allowed', {})))).rejects.toThrow();
    type('أب');
    await vi.advanceTimersByTimeAsync(150);
    expect(saves).toEqual(['أب']);
  });
});
