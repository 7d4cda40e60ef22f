import { create } from 'zustand';
import { noFilter, type ListFilter } from './list-filter';
import { defaultSort, type Sort } from './list-sort';

interface ListViewStore {
  filter: ListFilter;
  sort: Sort;
  setFilter(filter: ListFilter): void;
  setSort(sort: Sort): void;
}

/** Filters and sort outlive the list component: opening a declaration and coming back keeps them. */
export const useListViewStore = create<ListViewStore>((set) => ({
  filter: noFilter,
  sort: defaultSort,
  setFilter: (filter) => set({ filter }),
  setSort: (sort) => set({ sort }),
}));
