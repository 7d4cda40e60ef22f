import type { DocumentSummary } from '../../../../shared/model/documents';

export type SortColumn = 'title' | 'direction' | 'status' | 'clientSeqNo' | 'updatedAt';
export interface Sort {
  column: SortColumn;
  descending: boolean;
}

/** The backend's order (newest change first) is the default. */
export const defaultSort: Sort = { column: 'updatedAt', descending: true };

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Sorting happens here: the list is at most a few hundred rows already in memory. */
export function sortDocuments(documents: readonly DocumentSummary[], sort: Sort): DocumentSummary[] {
  const value = (d: DocumentSummary): string => (sort.column === 'direction' ? (d.direction ?? '') : d[sort.column]);
  const sorted = [...documents].sort((a, b) => collator.compare(value(a), value(b)));
  return sort.descending ? sorted.reverse() : sorted;
}

export function nextSort(current: Sort, column: SortColumn): Sort {
  return current.column === column ? { column, descending: !current.descending } : { column, descending: column === 'updatedAt' };
}
