export const reviewLocales = {
  en: {},
  'zh-CN': {},
};
