// What app/ uses from settings.
export { SettingsScreen } from './SettingsScreen';
