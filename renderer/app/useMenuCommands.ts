import { useEffect } from 'react';
import { desktop } from '../lib/desktop';
import { useRoute } from '../lib/route';

/** The native menu's commands (Electron only) take the user to the screen that does the job. */
export function useMenuCommands(): void {
  const navigate = useRoute((state) => state.navigate);
  useEffect(() => {
    if (!desktop) return;
    void desktop.setLanguage(document.documentElement.lang === 'en' ? 'en' : 'zh-CN');
    return desktop.onMenuCommand((command) => {
      if (command === 'import') navigate({ name: 'import' });
      else if (command === 'backup' || command === 'restore' || command === 'settings' || command === 'about') navigate({ name: 'settings' });
      else navigate({ name: 'notifications' });
    });
  }, [navigate]);
}
