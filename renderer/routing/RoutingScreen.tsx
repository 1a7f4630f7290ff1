// The admin's routing: assigning the week's notifications from suggestions, committee scopes,
// and their import.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssignWeek } from './AssignWeek';
import { ScopeEditor } from './ScopeEditor';
import { ScopeImport } from './ScopeImport';
import './routing.css';

const TABS = ['assign', 'scopes', 'import'] as const;

export function RoutingScreen() {
  const { t } = useTranslation('routing');
  const [tab, setTab] = useState<(typeof TABS)[number]>('assign');
  return (
    <div className="routing">
      <header className="routing-header">
        <h1>{t('title')}</h1>
        <nav className="routing-tabs" role="tablist">
          {TABS.map((name) => (
            <button key={name} role="tab" aria-selected={tab === name} onClick={() => setTab(name)} data-testid={`routing-tab-${name}`}>
              {t(`tabs.${name}`)}
            </button>
          ))}
        </nav>
      </header>
      <div className="routing-body">
        {tab === 'assign' && <AssignWeek />}
        {tab === 'scopes' && <ScopeEditor />}
        {tab === 'import' && <ScopeImport />}
      </div>
    </div>
  );
}
