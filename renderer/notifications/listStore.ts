// The list's filters, sort, search text and expanded groups. Kept in a zustand store (not in the
// screen's state) so that they are as the reviewer left them after opening a notification and
// coming back.
import { create } from 'zustand';
import { DEFAULT_SORTING, NO_FILTERS, type ListFilters, type Sorting } from './listModel';

export interface ListState {
  filters: ListFilters;
  sorting: Sorting;
  query: string;
  expanded: Record<string, boolean>;
  scrollTop: number;
  setFilter: <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => void;
  clearFilters: () => void;
  setSorting: (sorting: Sorting) => void;
  setQuery: (query: string) => void;
  setExpanded: (expanded: Record<string, boolean>) => void;
  setScrollTop: (scrollTop: number) => void;
}

export const useListStore = create<ListState>((set) => ({
  filters: NO_FILTERS,
  sorting: DEFAULT_SORTING,
  query: '',
  expanded: {},
  scrollTop: 0,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: NO_FILTERS, query: '' }),
  setSorting: (sorting) => set({ sorting }),
  setQuery: (query) => set({ query }),
  setExpanded: (expanded) => set({ expanded }),
  setScrollTop: (scrollTop) => set({ scrollTop }),
}));

/** Shows exactly these notifications, every other filter and the search cleared (a dashboard chart's drill-down). */
export function showNotificationSelection(ids: readonly string[], label: string): void {
  useListStore.setState({ filters: { ...NO_FILTERS, selection: { ids, label } }, query: '', scrollTop: 0 });
}
