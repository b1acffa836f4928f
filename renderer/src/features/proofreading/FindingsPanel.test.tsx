import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { MidadApi } from '../../../../shared/api/midad';
import { defaultArticleFields } from '../../../../shared/model/article';
import type { DraftMeta } from '../../../../shared/model/draft';
import type { Finding } from '../../../../shared/proofreading/types';
import { unchangingSettings, useAppRendering } from '../../testing/renderInApp';
import { createValueStore } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { FindingsPanel } from './FindingsPanel';
import { newsroomDictionaryRevision } from './newsroomDictionary';
import { sessionStore } from './sessionRegistry';

const { render, t } = useAppRendering();

function finding(ruleId: string, index: number): Finding {
  return { ruleId, severity: 'warning', blockId: `b${index}`, start: 0, end: 4, text: `كلمة${index}`, messageKey: `rules.${ruleId}.message`, params: { word: 'كلمة' }, insideQuote: false };
}

/** Enough API for the app context to subscribe to settings. */
const midad = { settings: unchangingSettings } as unknown as MidadApi;

/** The panel over a session that holds `findings`, as the proofreading plugin leaves it. */
function renderPanel(draftId: string, findings: Finding[], api: MidadApi = midad): HTMLElement {
  sessionStore(draftId).set({ findings: createValueStore(findings), send() {}, setOptions() {}, loadDictionary() {}, suggest: async () => [], dispose() {} });
  const context = {
    draftId,
    meta: {} as DraftMeta,
    language: 'ar',
    readOnly: true,
    fields: createValueStore(defaultArticleFields),
    sources: createValueStore([]),
    comments: createValueStore([]),
    controller: undefined,
    getEditor: () => null,
  } satisfies EditorExtensionContext;
  return render(<FindingsPanel {...context} onClose={() => {}} />, api);
}

const rows = (group: Element) => group.querySelectorAll('.finding').length;

describe('FindingsPanel', () => {
  it('groups findings by rule with their counts and lists fifty at a time, the keyboard going on at the first new one', () => {
    const spelling = Array.from({ length: 130 }, (_, index) => finding('spelling', index));
    const page = renderPanel('draft-many', [...spelling, finding('repeated-word', 500), finding('repeated-word', 501)]);
    const [first, second] = [...page.querySelectorAll('.finding-group')];
    expect(first!.querySelector('h3')!.textContent).toBe(`${t('proofreading:rules.spelling.name')} (130)`);
    expect(second!.querySelector('.count')!.textContent).toBe('(2)');
    expect([rows(first!), rows(second!)]).toEqual([50, 2]);
    expect(second!.querySelector('.show-more')).toBeNull();

    const more = () => first!.querySelector<HTMLButtonElement>('.show-more');
    expect(more()!.textContent).toBe(t('proofreading:editor.showMore', { count: 50, remaining: 80 }));
    act(() => more()!.click());
    expect(rows(first!)).toBe(100);
    expect(document.activeElement?.textContent).toContain('كلمة50');
    act(() => more()!.click());
    expect(rows(first!)).toBe(130);
    expect(document.activeElement?.textContent).toContain('كلمة100');
    expect(more()).toBeNull();
  });

  it('lists a short group whole, with no "show more"', () => {
    const page = renderPanel('draft-few', [finding('tatweel', 1), finding('tatweel', 2)]);
    expect(rows(page)).toBe(2);
    expect(page.querySelector('.show-more')).toBeNull();
  });

  it('exports the newsroom dictionary as a text file and imports one, telling open editors to read it again', async () => {
    const importWords = vi.fn(async ({ text }: { text: string }) => ({ added: text.split('\n').filter(Boolean).length, words: 42 }));
    const api = {
      ...midad,
      proofreading: { exportWords: async () => ({ text: 'الحافيظي\nكيفاش\n' }), importWords },
    } as unknown as MidadApi;
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:dictionary'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const page = renderPanel('draft-dictionary', [], api);
    const button = (name: string) => [...page.querySelectorAll('button')].find((candidate) => candidate.textContent === t(`proofreading:editor.${name}`))!;

    await act(async () => button('exportDictionary').click());
    expect(await saved[0]!.text()).toBe('الحافيظي\nكيفاش\n');

    const input = page.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['واخا\nبوناني\n'], 'words.txt', { type: 'text/plain' })] });
    const revision = newsroomDictionaryRevision.get();
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await act(async () => {});
    expect(importWords).toHaveBeenCalledWith({ text: 'واخا\nبوناني\n' });
    expect(newsroomDictionaryRevision.get()).toBe(revision + 1);
    expect(page.querySelector('[role="status"]')!.textContent).toBe(t('proofreading:editor.dictionaryImported', { added: 2, words: 42 }));
    vi.restoreAllMocks();
  });
});
