import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../shared/i18n/createI18n';
import { defaultSettings } from '../../shared/model/settings';
import { bootstrapMidad } from './api/bootstrapMidad';
import { App } from './app/App';
import { AppProvider } from './app/AppContext';
import { applyDocumentLanguage } from './i18n/documentLanguage';
import './styles/fonts.css';
import './styles/base.css';
import './styles/library.css';
import './styles/editor.css';
import './styles/media.css';

const midad = bootstrapMidad();
// The UI must come up even if settings cannot be read; the host reports why separately.
const settings = await midad.settings.get({}).catch(() => defaultSettings);
applyDocumentLanguage(settings.uiLanguage);
const i18n = await createI18n(settings.uiLanguage);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <AppProvider midad={midad} i18n={i18n} initialSettings={settings}>
        <App />
      </AppProvider>
    </I18nextProvider>
  </StrictMode>,
);
