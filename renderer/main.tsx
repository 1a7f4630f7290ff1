import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { addNamespaces, i18n } from './i18n';
import { namespaces } from './app/namespaces';
import { App } from './app/App';
import { requestPersistentStorage } from './lib/persistentStorage';
import { startListData } from './notifications';
import './styles.css';

addNamespaces(namespaces);
document.documentElement.lang = i18n.language;
void requestPersistentStorage();
// The list's worker starts loading the stored rows while React mounts, not once the list screen has.
startListData();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
