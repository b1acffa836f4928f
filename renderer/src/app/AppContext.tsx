import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import type { MidadApi } from '../../../shared/api/midad';
import type { Settings } from '../../../shared/model/settings';
import { applyDocumentLanguage } from '../i18n/documentLanguage';
import { applyTheme } from './theme';

interface AppContextValue {
  midad: MidadApi;
  settings: Settings;
}

const AppContext = createContext<AppContextValue | null>(null);

/** Holds the API and the live settings; the UI language and theme follow `settings.onDidChange`. */
export function AppProvider(props: { midad: MidadApi; i18n: i18n; initialSettings: Settings; children: ReactNode }) {
  const { midad, i18n } = props;
  const [settings, setSettings] = useState(props.initialSettings);

  useEffect(() => {
    // A change saved between the startup read and this subscription sent its
    // event to nobody, so read once more; an event that comes first is newer.
    let readIsStale = false;
    const unsubscribe = midad.settings.onDidChange((changed) => {
      readIsStale = true;
      setSettings(changed);
    });
    midad.settings
      .get({})
      .then((current) => readIsStale || setSettings(current))
      .catch(() => undefined);
    return () => {
      readIsStale = true;
      unsubscribe();
    };
  }, [midad]);

  useEffect(() => {
    applyDocumentLanguage(settings.uiLanguage);
    if (i18n.language !== settings.uiLanguage) void i18n.changeLanguage(settings.uiLanguage);
  }, [i18n, settings.uiLanguage]);

  useEffect(() => applyTheme(settings.theme), [settings.theme]);

  return <AppContext.Provider value={{ midad, settings }}>{props.children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useMidad outside AppProvider');
  return value;
}

export function useMidad(): MidadApi {
  return useAppContext().midad;
}

export function useSettings(): Settings {
  return useAppContext().settings;
}
