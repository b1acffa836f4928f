import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MidadError } from '../../../../shared/api/errors';
import { createDocument } from '../../../../shared/editor/documentText';
import type { DraftMeta } from '../../../../shared/model/draft';
import { AutosaveController, type SaveKind } from './autosaveController';

interface Call {
  baseRevisionId: string;
  text: string;
  kind: SaveKind;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function harness() {
  let text = 'أ';
  let revision = 0;
  const calls: Call[] = [];
  const controller = new AutosaveController({
    baseRevisionId: 'rev-00000000',
    snapshot: () => createDocument('ar', text),
    save: ({ baseRevisionId, document, kind }) =>
      new Promise<DraftMeta>((resolve, reject) => {
        const savedText = (document.root.children[0]?.children?.[0]?.text as string) ?? '';
        calls.push({
          baseRevisionId,
          text: savedText,
          kind,
          resolve: () => resolve({ revisionId: `rev-${String(++revision).padStart(8, '0')}` } as DraftMeta),
          reject,
        });
      }),
  });
  const type = (next: string) => {
    text = next;
    controller.markChanged();
  };
  return { controller, calls, type };
}

const flushPromises = () => vi.advanceTimersByTimeAsync(0);

describe('AutosaveController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, 1 s after the last change, and says saved only when that exact text is written', async () => {
    const { controller, calls, type } = harness();
    type('أب');
    await vi.advanceTimersByTimeAsync(600);
    type('أبت');
    expect(controller.getStatus().state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((call) => call.text)).toEqual(['أبت']);
    expect(controller.getStatus().state).toBe('saving');
    calls[0]!.resolve();
    await flushPromises();
    expect(controller.getStatus().state).toBe('saved');
    expect(controller.hasUnsavedChanges()).toBe(false);
  });

  it('does not claim saved when the text changed while the save was in flight, and bases the next save on the returned revision', async () => {
    const { controller, calls, type } = harness();
    type('أب');
    void controller.flush();
    await flushPromises();
    type('أبت');
    calls[0]!.resolve();
    await flushPromises();
    expect(controller.getStatus().state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls[1]).toMatchObject({ text: 'أبت', baseRevisionId: 'rev-00000001', kind: 'autosave' });
    calls[1]!.resolve();
    await flushPromises();
    expect(controller.getStatus().state).toBe('saved');
  });

  it('keeps the text on failure, reports the error and retries with a growing delay', async () => {
    const { controller, calls, type } = harness();
    type('نص');
    await vi.advanceTimersByTimeAsync(1_000);
    calls[0]!.reject(new MidadError('storage_full'));
    await flushPromises();
    expect(controller.getStatus()).toMatchObject({ state: 'failed', error: { code: 'storage_full' } });
    expect(controller.hasUnsavedChanges()).toBe(true);

    type('نص أطول');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls[1]?.text).toBe('نص أطول');
    calls[1]!.reject(new MidadError('storage_read_only'));
    await flushPromises();
    await vi.advanceTimersByTimeAsync(3_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    calls[2]!.resolve();
    await flushPromises();
    expect(controller.getStatus().state).toBe('saved');
  });

  it('writes a checkpoint even when nothing changed, and flush does nothing then', async () => {
    const { controller, calls } = harness();
    void controller.flush();
    await flushPromises();
    expect(calls).toHaveLength(0);
    void controller.checkpoint();
    await flushPromises();
    expect(calls.map((call) => call.kind)).toEqual(['checkpoint']);
  });
});
