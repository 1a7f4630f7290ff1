export const standardsLocales = {
  en: {},
  'zh-CN': {},
};
