// Every feature's strings. Add a feature's `locales` here and nowhere else.
import type { Locales } from '../i18n';
import { common } from '../i18n/common';
import { notificationsLocales } from '../notifications/locales';
import { reviewLocales } from '../review/locales';
import { pdfLocales } from '../pdf/locales';
import { importingLocales } from '../importing/locales';
import { demoLocales } from '../demo/locales';
import { standardsLocales } from '../standards/locales';
import { settingsLocales } from '../settings/locales';
import { compileLocales } from '../compile/locales';
import { submissionLocales } from '../submission/locales';
import { syncLocales } from '../sync/locales';
import { routingLocales } from '../routing/locales';
import { dashboardLocales } from '../dashboard/locales';

export const namespaces: Record<string, Locales> = {
  common,
  notifications: notificationsLocales,
  review: reviewLocales,
  pdf: pdfLocales,
  importing: importingLocales,
  demo: demoLocales,
  standards: standardsLocales,
  settings: settingsLocales,
  compile: compileLocales,
  submission: submissionLocales,
  sync: syncLocales,
  routing: routingLocales,
  dashboard: dashboardLocales,
};
