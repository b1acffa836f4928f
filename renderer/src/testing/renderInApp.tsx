import type { i18n } from 'i18next';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll } from 'vitest';
import type { MidadApi } from '../../../shared/api/midad';
import { createI18n } from '../../../shared/i18n/createI18n';
import { defaultSettings } from '../../../shared/model/settings';
import { AppProvider } from '../app/AppContext';

/** Settings that stay the defaults: for a component test whose subject is not settings. */
export const unchangingSettings: Pick<MidadApi['settings'], 'get' | 'onDidChange'> = {
  get: async () => defaultSettings,
  onDidChange: () => () => {},
};

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * For a renderer test file: renders a component inside the app's providers
 * (Arabic interface, default settings, the given API) into an element of the
 * page, and unmounts it after each test; `t` translates as the interface does.
 */
export function useAppRendering(): { render(ui: ReactNode, midad: MidadApi): HTMLElement; t: i18n['t'] } {
  let i18n: i18n;
  let root: Root | undefined;
  let host: HTMLElement | undefined;
  beforeAll(async () => {
    i18n = await createI18n('ar');
  });
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });
  const render = (ui: ReactNode, midad: MidadApi) => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    act(() =>
      root!.render(
        <I18nextProvider i18n={i18n}>
          <AppProvider midad={midad} i18n={i18n} initialSettings={defaultSettings}>
            {ui}
          </AppProvider>
        </I18nextProvider>,
      ),
    );
    return host;
  };
  /** The interface's own translations, to expect the words the user reads. */
  const t = ((...args: Parameters<i18n['t']>) => i18n.t(...args)) as i18n['t'];
  return { render, t };
}
