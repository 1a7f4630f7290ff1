// i18next with one namespace per feature folder. Each feature keeps its strings beside it in
// `locales.ts` as `{ en: {...}, 'zh-CN': {...} }`; i18n.test.ts checks both languages have the
// same keys.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces } from './namespaces';
import { desktop } from '../app/desktop';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'tbt.language';

export function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function buildResources() {
  const resources: Record<Language, Record<string, object>> = { en: {}, 'zh-CN': {} };
  for (const [ns, locales] of Object.entries(namespaces)) {
    resources.en[ns] = locales.en;
    resources['zh-CN'][ns] = locales['zh-CN'];
  }
  return resources;
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: buildResources(),
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(language: Language): void {
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  void desktop?.setLanguage(language);
}

/** Dates shown to the user: yyyy-mm-dd strings formatted for the current language. */
export function formatDate(iso: string | null | undefined, language = i18n.language): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, language = i18n.language): string {
  return new Intl.NumberFormat(language).format(value);
}
