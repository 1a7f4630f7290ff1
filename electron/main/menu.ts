// Native menus in the user's language. Commands the app handles go to the renderer by name.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/bridge';

export type MenuLanguage = 'zh-CN' | 'en';

const LABELS = {
  en: {
    file: 'File', import: 'Import ePing spreadsheet…', backup: 'Back up local data…', restore: 'Restore from backup…',
    settings: 'Settings', quit: 'Quit', edit: 'Edit', view: 'View', notifications: 'Notifications', window: 'Window',
    help: 'Help', about: 'About TBT Review Desk',
  },
  'zh-CN': {
    file: '文件', import: '导入 ePing 表格…', backup: '备份本地数据…', restore: '从备份恢复…',
    settings: '设置', quit: '退出', edit: '编辑', view: '视图', notifications: '通报列表', window: '窗口',
    help: '帮助', about: '关于 TBT 通报评议台',
  },
} as const;

export function buildMenuTemplate(language: MenuLanguage, send: (command: MenuCommand) => void, platform = process.platform): MenuItemConstructorOptions[] {
  const l = LABELS[language];
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  return [
    {
      label: l.file,
      submenu: [
        command(l.import, 'import', 'CmdOrCtrl+I'),
        { type: 'separator' },
        command(l.backup, 'backup', 'CmdOrCtrl+Shift+B'),
        command(l.restore, 'restore'),
        { type: 'separator' },
        command(l.settings, 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { label: l.quit, role: 'quit', accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Ctrl+Q' },
      ],
    },
    {
      label: l.edit,
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: l.view,
      submenu: [
        command(l.notifications, 'notifications', 'CmdOrCtrl+1'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: l.window, submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: l.help, submenu: [command(l.about, 'about')] },
  ];
}
