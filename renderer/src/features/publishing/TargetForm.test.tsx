import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MidadError } from '../../../../shared/api/errors';
import type { MidadApi } from '../../../../shared/api/midad';
import type { SiteTerms, Target } from '../../../../shared/api/publishingService';
import { unchangingSettings, useAppRendering } from '../../testing/renderInApp';
import { TargetForm } from './TargetForm';

const { render, t } = useAppRendering();

const target: Target = {
  name: 'kifache',
  type: 'wordpress',
  url: 'https://kifache.example',
  user: 'editor',
  mappings: { breaking: { category: 7, prefix: 'عاجل: ', suffix: '' }, mediaTags: {}, authors: {}, sections: {} },
  passwordIn: ['keychain'],
  restStyle: 'pretty',
  createdAt: '2026-03-01T09:00:00+01:00',
};

const siteTerms: SiteTerms = {
  categories: [
    { id: 7, name: 'عاجل', slug: 'breaking' },
    { id: 12, name: 'اقتصاد & أعمال', slug: 'economy' },
  ],
  tags: [{ id: 30, name: 'الرباط', slug: 'rabat' }],
};

function renderForm(publishing: Partial<MidadApi['publishing']>): HTMLElement {
  const midad = { settings: unchangingSettings, publishing } as unknown as MidadApi;
  return render(<TargetForm target={target} onDone={() => {}} />, midad);
}

/** The category or tag picker of the flag whose fieldset has this legend. */
function picker(page: HTMLElement, legend: string, label: string): HTMLSelectElement {
  const fieldset = [...page.querySelectorAll('fieldset')].find((set) => set.querySelector('legend')?.textContent === legend)!;
  return [...fieldset.querySelectorAll('label')].find((element) => element.firstChild?.textContent === label)!.querySelector('select')!;
}

const optionTexts = (select: HTMLSelectElement) => [...select.options].map((option) => option.textContent);
const button = (page: HTMLElement, text: string) => [...page.querySelectorAll('button')].find((element) => element.textContent === text)!;

describe('the mapping pickers of a target', () => {
  it('shows the saved id before the names are loaded, then the site’s names; the editor picks a category by name', async () => {
    const setMappings = vi.fn(async () => target);
    const page = renderForm({ siteTerms: vi.fn(async () => siteTerms), setMappings });
    const category = picker(page, 'عاجل', 'التصنيف');
    expect(category.value).toBe('7');
    expect(optionTexts(category)).toEqual(['لا شيء', 'رقم 7 (الأسماء لم تُحمَّل)']);

    await act(async () => button(page, 'تحميل التصنيفات والوسوم من الموقع').click());
    expect(optionTexts(category)).toEqual(['لا شيء', 'عاجل', 'اقتصاد & أعمال']);
    expect(category.value).toBe('7');
    expect(optionTexts(picker(page, 'عاجل', 'الوسم'))).toEqual(['لا شيء', 'الرباط']);

    await act(async () => choose(category, '12'));
    await act(async () => button(page, 'حفظ').click());
    expect(setMappings).toHaveBeenCalledWith({ name: 'kifache', mappings: expect.objectContaining({ breaking: { category: 12, prefix: 'عاجل: ', suffix: '' } }) });
  });

  it('offline, says why in words and keeps the saved id chosen', async () => {
    const page = renderForm({ siteTerms: vi.fn(async () => Promise.reject(new MidadError('wp_site_unreachable', { url: 'https://kifache.example' }))) });
    await act(async () => button(page, 'تحميل التصنيفات والوسوم من الموقع').click());
    expect(page.querySelector('[role="alert"]')?.textContent).toBe(t('errors:wp_site_unreachable', { url: 'https://kifache.example' }));
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('https://kifache.example');
    const category = picker(page, 'عاجل', 'التصنيف');
    expect(category.value).toBe('7');
    expect(optionTexts(category)).toEqual(['لا شيء', 'رقم 7 (الأسماء لم تُحمَّل)']);
  });

  it('marks a saved id the site no longer has', async () => {
    const page = renderForm({ siteTerms: vi.fn(async () => ({ categories: siteTerms.categories.slice(1), tags: [] })) });
    await act(async () => button(page, 'تحميل التصنيفات والوسوم من الموقع').click());
    const category = picker(page, 'عاجل', 'التصنيف');
    expect(category.value).toBe('7');
    expect(optionTexts(category)).toEqual(['لا شيء', 'رقم 7 (لم يعد موجودًا في الموقع)', 'اقتصاد & أعمال']);
  });

  it('maps a Midad section to a category picked by name; a half-filled row is not saved', async () => {
    const setMappings = vi.fn(async () => target);
    const page = renderForm({ siteTerms: vi.fn(async () => siteTerms), setMappings });
    await act(async () => button(page, 'تحميل التصنيفات والوسوم من الموقع').click());
    await act(async () => button(page, 'إضافة قسم').click());
    await act(async () => button(page, 'إضافة قسم').click());
    const [first, second] = [...page.querySelectorAll<HTMLElement>('.section-mapping-row')];
    await act(async () => type(first!.querySelector('input')!, 'اقتصاد'));
    await act(async () => choose(first!.querySelector('select')!, '12'));
    await act(async () => type(second!.querySelector('input')!, 'رياضة'));
    expect(optionTexts(first!.querySelector('select')!)).toEqual(['لا شيء', 'عاجل', 'اقتصاد & أعمال']);
    await act(async () => button(page, 'حفظ').click());
    expect(setMappings).toHaveBeenCalledWith({ name: 'kifache', mappings: expect.objectContaining({ sections: { اقتصاد: 12 } }) });
  });
});

/** Types into a controlled input as the browser would (React listens for `input`). */
function type(input: HTMLInputElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
