export const notificationsLocales = {
  en: {},
  'zh-CN': {},
};
