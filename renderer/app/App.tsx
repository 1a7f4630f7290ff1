import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { useRoute } from '../lib/route';
import { useOnline } from './useOnline';
import { Screen } from './Screen';
import { useMenuCommands } from './useMenuCommands';
import { SyncIndicator } from '../sync/SyncIndicator';
import { useSyncStatus } from '../sync/syncHooks';

export function App() {
  const { t, i18n } = useTranslation();
  const { route, navigate } = useRoute();
  const online = useOnline();
  const sync = useSyncStatus();
  const isAdmin = sync.signedIn && sync.session?.user.role === 'admin';
  useMenuCommands();
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">{t('appName')}</span>
        <nav>
          <button aria-current={route.name === 'notifications'} onClick={() => navigate({ name: 'notifications' })}>
            {t('nav.notifications')}
          </button>
          <button aria-current={route.name === 'dashboard'} onClick={() => navigate({ name: 'dashboard' })} data-testid="nav-dashboard">
            {t('nav.dashboard')}
          </button>
          <button aria-current={route.name === 'import'} onClick={() => navigate({ name: 'import' })}>
            {t('nav.import')}
          </button>
          <button aria-current={route.name === 'standards'} onClick={() => navigate({ name: 'standards' })}>
            {t('nav.standards')}
          </button>
          {isAdmin && (
            <button aria-current={route.name === 'routing'} onClick={() => navigate({ name: 'routing' })} data-testid="nav-routing">
              {t('nav.routing')}
            </button>
          )}
          <button aria-current={route.name === 'sync'} onClick={() => navigate({ name: 'sync' })} data-testid="nav-sync">
            {t('nav.sync')}
          </button>
          <button aria-current={route.name === 'settings'} onClick={() => navigate({ name: 'settings' })}>
            {t('nav.settings')}
          </button>
        </nav>
        <span className="spacer" />
        <span className={online ? 'net net-online' : 'net net-offline'} data-testid="network-state">
          {online ? t('online') : t('offline')}
        </span>
        <SyncIndicator />
        <label className="language">
          {t('language')}
          <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Language)} data-testid="language-select">
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng}>
                {lng === 'zh-CN' ? '中文' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="app-main">
        <Screen route={route} />
      </main>
    </div>
  );
}
