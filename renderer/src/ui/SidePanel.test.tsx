import type { i18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/createI18n';
import { SidePanel } from './SidePanel';

let i18n: i18n;
beforeAll(async () => {
  i18n = await createI18n('ar');
});

function render(closeLabel?: string): Document {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SidePanel className="side-panel notes-panel" title="ملاحظات" onClose={() => {}} closeLabel={closeLabel}>
        <p>محتوى</p>
      </SidePanel>
    </I18nextProvider>,
  );
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('SidePanel', () => {
  it('is a complementary region named by its title, with the header before the content', () => {
    const aside = render().querySelector('aside')!;
    expect(aside.className).toBe('side-panel notes-panel');
    expect(aside.getAttribute('aria-label')).toBe('ملاحظات');
    expect(aside.querySelector('.panel-header h2')?.textContent).toBe('ملاحظات');
    expect(aside.lastElementChild?.textContent).toBe('محتوى');
  });

  it('shows the common "close" on its button, named by the panel-specific label when there is one', () => {
    const plain = render().querySelector('button')!;
    expect(plain.textContent).toBe(i18n.t('common:close'));
    expect(plain.hasAttribute('aria-label')).toBe(false);
    expect(render('إغلاق الملاحظات').querySelector('button')?.getAttribute('aria-label')).toBe('إغلاق الملاحظات');
  });
});
