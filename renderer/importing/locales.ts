export const importingLocales = {
  en: {},
  'zh-CN': {},
};
