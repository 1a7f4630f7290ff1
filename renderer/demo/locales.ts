export const demoLocales = {
  en: {},
  'zh-CN': {},
};
