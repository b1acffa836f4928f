import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MidadApi } from '../../../../shared/api/midad';
import { createI18n } from '../../../../shared/i18n/createI18n';
import { defaultSettings } from '../../../../shared/model/settings';
import { newThread, withReply, withResolved } from '../../../../shared/review/comments/threads';
import { AppProvider } from '../../app/AppContext';
import { ThreadCard, type ThreadActions } from './ThreadCard';

const at = '2026-03-01T09:00:00+01:00';
const thread = withReply(
  [newThread({ id: 'c-00000001', author: 'سارة', at }, { kind: 'text' }, 'خطة جديدة', 'من أين هذا الرقم؟')],
  'c-00000001',
  { id: 'c-00000002', author: 'كريم', at },
  'من بلاغ الوزارة',
)[0]!;
const actions: ThreadActions = { reply: () => {}, resolve: () => {}, reopen: () => {}, deleteMessage: () => {}, show: () => {} };

let i18n: i18n;
beforeAll(async () => {
  i18n = await createI18n('ar');
});

function render(props: Partial<Parameters<typeof ThreadCard>[0]>): Document {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <AppProvider midad={{} as MidadApi} i18n={i18n} initialSettings={defaultSettings}>
        <ThreadCard thread={thread} active={false} me="سارة" actions={actions} dir="rtl" {...props} />
      </AppProvider>
    </I18nextProvider>,
  );
  return new DOMParser().parseFromString(html, 'text/html');
}

const buttons = (page: Document) => [...page.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? button.textContent);

describe('ThreadCard', () => {
  it('shows the quote and both messages, lets the user delete only their own, reply and resolve', () => {
    const page = render({});
    expect(page.querySelector('blockquote')?.textContent).toBe('خطة جديدة');
    expect([...page.querySelectorAll('.comment-text')].map((node) => node.textContent)).toEqual(['من أين هذا الرقم؟', 'من بلاغ الوزارة']);
    expect(buttons(page)).toEqual(['إظهار في النص', 'حذف تعليق سارة', 'ردّ', 'تمّ الحل']);
    expect(page.querySelector('textarea')?.getAttribute('aria-label')).toBe('ردّ على سارة');
  });

  it('offers reopening, not replying, once resolved, and says who resolved it', () => {
    const resolved = withResolved([thread], thread.id, { author: 'كريم', at })[0]!;
    const page = render({ thread: resolved });
    expect(buttons(page)).toEqual(['إظهار في النص', 'حذف تعليق سارة', 'إعادة الفتح']);
    expect(page.body.textContent).toContain('حلّه كريم');
    expect(page.querySelector('textarea')).toBeNull();
  });

  it('shows but cannot change anything in a read-only window', () => {
    const page = render({ actions: undefined });
    expect(buttons(page)).toEqual([]);
    expect(page.querySelector('textarea')).toBeNull();
    expect(page.querySelectorAll('.comment-text')).toHaveLength(2);
  });
});
