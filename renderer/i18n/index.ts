// i18next with one namespace per feature folder. Each feature keeps its strings beside it in
// `locales.ts` as `{ en: {...}, 'zh-CN': {...} }`; app/namespaces.ts collects them and hands them
// to addNamespaces() at start (i18n sits below the features and never imports them), and
// app/namespaces.test.ts checks both languages have the same keys.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common';
import { desktop } from '../lib/desktop';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'tbt.language';

export function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export interface Locales {
  en: Record<string, unknown>;
  'zh-CN': Record<string, unknown>;
}

export function buildResources(namespaces: Record<string, Locales>) {
  const resources: Record<Language, Record<string, object>> = { en: {}, 'zh-CN': {} };
  for (const [ns, locales] of Object.entries(namespaces)) {
    resources.en[ns] = locales.en;
    resources['zh-CN'][ns] = locales['zh-CN'];
  }
  return resources;
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: buildResources({ common }),
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: ['common'],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Adds the features' strings; main.tsx calls it once, before the first render. */
export function addNamespaces(namespaces: Record<string, Locales>): void {
  for (const [ns, locales] of Object.entries(namespaces)) {
    for (const language of LANGUAGES) i18n.addResourceBundle(language, ns, locales[language], true, true);
  }
}

export function setLanguage(language: Language): void {
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  void desktop?.setLanguage(language);
}

// One formatter per language, and each date formatted once: building an Intl formatter costs about
// a millisecond, and the list formats two or three dates in every row it paints (the same few
// thousand dates over and over).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const formattedDates = new Map<string, Map<string, string>>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Dates shown to the user: yyyy-mm-dd strings formatted for the current language. */
export function formatDate(iso: string | null | undefined, language = i18n.language): string {
  if (!iso) return '';
  let dates = formattedDates.get(language);
  if (!dates) formattedDates.set(language, (dates = new Map()));
  let text = dates.get(iso);
  if (text === undefined) {
    const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    let format = dateFormats.get(language);
    if (!format) dateFormats.set(language, (format = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })));
    text = Number.isNaN(date.getTime()) ? iso : format.format(date);
    dates.set(iso, text);
  }
  return text;
}

export function formatNumber(value: number, language = i18n.language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}
