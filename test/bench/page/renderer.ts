/// <reference types="vite/client" />
// The renderer modules the benchmarks measure, loaded through import.meta.glob: a module that is
// missing (renamed, say) leaves the page building and its figure skipped with the reason printed,
// rather than breaking the whole run. The interfaces below are the parts of each module the
// benchmarks call.
import type { FunctionComponent } from 'react';
import type { Notification } from '../../../shared/domain/notification';

const modules = import.meta.glob([
  '../../../renderer/db/schema.ts',
  '../../../renderer/db/notificationStore.ts',
  '../../../renderer/notifications/listModel.ts',
  '../../../renderer/pdf/PdfViewer.tsx',
  '../../../renderer/lib/pdfjs.ts',
  '../../../renderer/i18n/index.ts',
  '../../../renderer/app/namespaces.ts',
]);

export class MissingModule extends Error {}

export async function loadRenderer<T>(path: string): Promise<T> {
  const load = modules[`../../../renderer/${path}`];
  if (!load) throw new MissingModule(`renderer/${path} does not exist yet`);
  return (await load()) as T;
}

/** A Dexie database with the app's schema; only what the benchmarks use. */
export interface BenchDb {
  notifications: { bulkPut(rows: Notification[]): Promise<unknown>; count(): Promise<number> };
  transaction<T>(mode: 'rw', table: unknown, fn: () => Promise<T>): Promise<T>;
  delete(): Promise<void>;
  close(): void;
}

export interface SchemaModule {
  openReviewDb(name: string): BenchDb;
}

export interface NotificationStoreModule {
  importNotifications(db: BenchDb, notifications: readonly Notification[]): Promise<unknown>;
}

export interface ListRowLike {
  id: string;
}

export interface ListFilters {
  member: string;
  agreement: string;
  type: string;
  hsChapter: string;
  icsPrefix: string;
  deadline: 'all' | 'overdue' | 'next7' | 'next30' | 'none';
  status: string;
}

export interface ListModelModule {
  NO_FILTERS: ListFilters;
  prepareRows(notifications: readonly Notification[], comments: Map<string, unknown>, today: string): ListRowLike[];
  filterNotifications(rows: readonly ListRowLike[], filters: ListFilters, searchIds?: ReadonlySet<string> | null): ListRowLike[];
  sortNotifications(rows: readonly ListRowLike[], sorting: { id: string; desc: boolean }[]): ListRowLike[];
}

export interface I18nModule {
  addNamespaces(namespaces: object): void;
  setLanguage(language: 'zh-CN' | 'en'): void;
}

export interface NamespacesModule {
  namespaces: object;
}

export interface PdfViewerModule {
  PdfViewer: FunctionComponent<{ source: { bytes: Uint8Array; sha256: string; fileName: string }; label?: string }>;
}

export interface PdfjsModule {
  pdfjsLib: typeof import('pdfjs-dist');
  PDF_OPTIONS: Record<string, unknown>;
}
