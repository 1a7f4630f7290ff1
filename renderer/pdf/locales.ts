export const pdfLocales = {
  en: {},
  'zh-CN': {},
};
